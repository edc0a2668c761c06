package no.mila.dho.threshold.persistence;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.threshold.domain.ChangeStatus;

/** The work queues' search: the requests in one status among the patients the caller may see, oldest first. */
@ApplicationScoped
public class ChangeRequestQueue {

    private final EntityManager em;

    public ChangeRequestQueue(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of the requests in {@code status} of the patients {@code scope} admits (the patient feature's JPQL
     * condition on {@code PatientEntity p}, its parameters already in {@code params}); when {@code notBy} is set,
     * only requests that subject neither proposed nor ordered.
     */
    public Page<ThresholdChangeRequestEntity> inStatus(ChangeStatus status, String scope, Parameters params,
                                                       String notBy, PageRequest page) {
        params.and("status", status);
        String where = " from ThresholdChangeRequestEntity r, PatientEntity p where p.id = r.patientId"
                + " and r.status = :status and " + scope;
        if (notBy != null) {
            where += " and r.proposedBySubject <> :me and r.orderedBySubject <> :me";
            params.and("me", notBy);
        }
        return Jpql.page(em, "select r" + where + " order by r.proposedAt, r.id", "select count(r)" + where,
                ThresholdChangeRequestEntity.class, params, page);
    }
}
