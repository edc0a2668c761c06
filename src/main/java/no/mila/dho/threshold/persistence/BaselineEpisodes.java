package no.mila.dho.threshold.persistence;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The search behind the due threshold reviews: episodes still in baseline that started on or before a day, among
 * the patients the caller may see, earliest start first. It reads the patient feature's published views:
 * {@code episode_view} and {@code patient_responsibility_view p}, on which the caller's scope
 * ({@code PatientAccess.nativeSearchScope}) is a condition.
 */
@ApplicationScoped
public class BaselineEpisodes {

    /** An episode in baseline, with its patient's municipality. */
    public record Row(UUID episodeId, UUID patientId, String pathway, LocalDate start, String municipality) {

        static Row of(Tuple t) {
            return new Row(t.get("episode_id", UUID.class), t.get("patient_id", UUID.class),
                    t.get("pathway", String.class), SqlValues.localDate(t.get("episode_start")),
                    t.get("municipality", String.class));
        }
    }

    private final EntityManager em;

    public BaselineEpisodes(EntityManager em) {
        this.em = em;
    }

    /** {@code scope} with its parameters already in {@code params}. */
    public Page<Row> startedBy(LocalDate startedBy, String scope, Parameters params, PageRequest page) {
        params.and("state", EpisodeState.ACTIVE_BASELINE.name()).and("startedBy", startedBy);
        String from = "FROM episode_view e JOIN patient_responsibility_view p ON p.patient_id = e.patient_id"
                + " WHERE e.episode_state = :state AND e.episode_start <= :startedBy AND " + scope;
        return SqlPage.page(em, "e.episode_id AS episode_id, e.patient_id AS patient_id, e.pathway AS pathway, "
                        + "e.episode_start AS episode_start, p.municipality AS municipality", from,
                "e.episode_start, e.patient_id", Tuple.class, params, page).map(Row::of);
    }
}
