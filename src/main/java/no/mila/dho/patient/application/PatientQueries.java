package no.mila.dho.patient.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;

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

    /**
     * The patient with this national identity number (fødselsnummer or D-number), if there is one and the caller may
     * see them; empty otherwise, exactly alike (a patient the access policy hides is logged as a refused access).
     */
    public Optional<PatientOverview> byNationalId(String nationalId) {
        Optional<PatientEntity> found = PatientEntity.byNationalId(nationalId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PatientOverview.of(access.require(found.get().id).patient()));
        } catch (ProblemException hidden) {
            return Optional.empty();
        }
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

    /**
     * Who takes part in the care of patient {@code patientId}, which exists. No access check: for features that
     * write an outgoing message in the transaction of an event about the patient.
     */
    public PatientParties partiesOf(UUID patientId) {
        return PatientParties.of(PatientEntity.findById(patientId));
    }

    /**
     * The names of the patients {@code ids} that exist, by id. No access check: for lists already narrowed to the
     * patients the caller may see (by {@link PatientAccess#searchScope} or {@link PatientAccess#nativeSearchScope}).
     */
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return PatientEntity.<PatientEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, PatientBrief::nameOf));
    }
}
