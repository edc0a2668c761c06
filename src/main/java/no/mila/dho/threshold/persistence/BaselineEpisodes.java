package no.mila.dho.threshold.persistence;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;

/**
 * The search behind the due threshold reviews: episodes still in baseline that started on or before a day, with
 * their patient, among the patients the caller may see, earliest start first. It joins the patient feature's
 * entities because the caller's scope ({@code PatientAccess.searchScope}) is a condition on {@code PatientEntity p}.
 */
@ApplicationScoped
public class BaselineEpisodes {

    /** An episode in baseline and its patient. */
    public record Row(EpisodeEntity episode, PatientEntity patient) {

        static Row of(Tuple tuple) {
            return new Row(tuple.get("episode", EpisodeEntity.class), tuple.get("patient", PatientEntity.class));
        }
    }

    private final EntityManager em;

    public BaselineEpisodes(EntityManager em) {
        this.em = em;
    }

    /** {@code scope} with its parameters already in {@code params}. */
    public Page<Row> startedBy(LocalDate startedBy, String scope, Parameters params, PageRequest page) {
        params.and("state", EpisodeState.ACTIVE_BASELINE).and("startedBy", startedBy);
        String where = " from EpisodeEntity e, PatientEntity p where p.id = e.patientId and e.state = :state"
                + " and e.startDate <= :startedBy and " + scope;
        return Jpql.page(em, "select e as episode, p as patient" + where + " order by e.startDate, p.id",
                "select count(e)" + where, Tuple.class, params, page).map(Row::of);
    }
}
