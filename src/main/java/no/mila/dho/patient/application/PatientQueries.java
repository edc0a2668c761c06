package no.mila.dho.patient.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;

/** Reading patients: one the caller may see, the caller's own record, and searches within what they may see. */
@ApplicationScoped
public class PatientQueries {

    private final PatientAccess access;

    public PatientQueries(PatientAccess access) {
        this.access = access;
    }

    /** The patient, if the caller may see at least their registration; else 404. */
    public PatientOverview get(UUID patientId) {
        return PatientOverview.of(access.require(patientId).patient());
    }

    /** The patient whose login the caller is (role patient); else 404. */
    public PatientOverview me() {
        return PatientOverview.of(access.requireSelf());
    }

    /** The patients the caller may see whose name contains {@code name}, with the national id and municipality given. */
    public Page<PatientRecord> search(String name, String nationalId, String municipality, PageRequest page) {
        Parameters params = new Parameters();
        PanacheQuery<PatientEntity> found = PatientEntity.search(access.searchScope(params), params, name, nationalId,
                municipality).page(page.panache());
        return Page.of(found.list(), page, found.count()).map(PatientRecord::of);
    }
}
