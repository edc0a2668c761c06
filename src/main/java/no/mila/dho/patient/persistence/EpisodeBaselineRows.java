package no.mila.dho.patient.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The allocated episodes whose follow-up overlaps a period, with the patient's municipality and name and the
 * baseline taken at allocation. Followed from the allocation's start date to the day it ended in Oslo (the day of
 * the transition to ENDED), or still followed.
 */
@ApplicationScoped
public class EpisodeBaselineRows {

    /** {@code endedOn}: null while the episode is open. */
    public record Row(UUID episodeId, UUID patientId, String municipality, String givenName, String familyName,
                      LocalDate startDate, LocalDate endedOn, Integer visitsPerMonth, Integer minutesPerMonth,
                      Integer kadDays12Months, Integer shortTermDays12Months) {
    }

    private static final String FOLLOWED = """
            SELECT e.id AS episode_id, e.patient_id, p.municipality, p.given_name, p.family_name, e.start_date,
                   ended.on_day AS ended_on, e.baseline_nursing_visits_month, e.baseline_nursing_minutes_month,
                   e.baseline_kad_days_12m, e.baseline_short_term_days_12m
            FROM episode e
            JOIN patient p ON p.id = e.patient_id
            LEFT JOIN LATERAL (
                SELECT CAST(max(t.at AT TIME ZONE 'Europe/Oslo') AS DATE) AS on_day
                FROM episode_transition t WHERE t.episode_id = e.id AND t.to_state = 'ENDED') ended ON TRUE
            WHERE e.start_date IS NOT NULL AND e.start_date <= :to
              AND (e.state <> 'ENDED' OR ended.on_day >= :from)
              AND (CAST(:municipality AS VARCHAR) IS NULL OR p.municipality = CAST(:municipality AS VARCHAR))
            ORDER BY p.municipality, p.family_name, p.given_name, e.patient_id, e.start_date""";

    private final EntityManager em;

    public EpisodeBaselineRows(EntityManager em) {
        this.em = em;
    }

    /** @param municipality null for every municipality */
    @SuppressWarnings("unchecked")
    public List<Row> followedBetween(LocalDate from, LocalDate to, String municipality) {
        List<Tuple> rows = em.createNativeQuery(FOLLOWED, Tuple.class).setParameter("from", from)
                .setParameter("to", to).setParameter("municipality", municipality).getResultList();
        return rows.stream().map(EpisodeBaselineRows::row).toList();
    }

    private static Row row(Tuple t) {
        return new Row(t.get("episode_id", UUID.class), t.get("patient_id", UUID.class),
                t.get("municipality", String.class), t.get("given_name", String.class),
                t.get("family_name", String.class), SqlValues.localDate(t.get("start_date")),
                SqlValues.localDate(t.get("ended_on")), integer(t.get("baseline_nursing_visits_month")),
                integer(t.get("baseline_nursing_minutes_month")), integer(t.get("baseline_kad_days_12m")),
                integer(t.get("baseline_short_term_days_12m")));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
