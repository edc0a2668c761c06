package no.mila.dho.audit.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import no.mila.dho.audit.persistence.AccessLogEntity;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;

/** Who accessed a patient's data and when, newest first. */
@ApplicationScoped
public class AccessLogQueries {

    public Page<LoggedAccess> ofPatient(UUID patientId, PageRequest page) {
        PanacheQuery<AccessLogEntity> found = AccessLogEntity.find("patientId = ?1 order by at desc, id desc", patientId)
                .page(page.panache());
        return Page.of(found.list().stream().map(LoggedAccess::of).toList(), page, found.count());
    }
}
