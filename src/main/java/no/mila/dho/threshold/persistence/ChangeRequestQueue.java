package no.mila.dho.threshold.persistence;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.threshold.domain.ChangeStatus;

/**
 * The work queues' search: the requests in one status among the patients the caller may see, oldest first. Who
 * may see a patient is read from the patient feature's published {@code patient_responsibility_view}.
 */
@ApplicationScoped
public class ChangeRequestQueue {

    private final EntityManager em;

    public ChangeRequestQueue(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of the requests in {@code status} of the patients {@code scope} admits (the patient feature's SQL
     * condition on {@code p}, {@code PatientAccess.nativeSearchScope}, its parameters already in {@code params});
     * when {@code notBy} is set, only requests that subject neither proposed nor ordered.
     */
    public Page<ThresholdChangeRequestEntity> inStatus(ChangeStatus status, String scope, Parameters params,
                                                       String notBy, PageRequest page) {
        params.and("status", status.name());
        String from = "FROM threshold_change_request r JOIN patient_responsibility_view p ON p.patient_id = r.patient_id"
                + " WHERE r.status = :status AND " + scope;
        if (notBy != null) {
            from += " AND r.proposed_by_subject <> :me AND r.ordered_by_subject <> :me";
            params.and("me", notBy);
        }
        return SqlPage.page(em, "r.*", from, "r.proposed_at, r.id", ThresholdChangeRequestEntity.class, params, page);
    }
}
