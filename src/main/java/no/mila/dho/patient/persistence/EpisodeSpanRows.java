package no.mila.dho.patient.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.application.EpisodeSpans.Pause;
import no.mila.dho.patient.application.EpisodeSpans.Span;
import no.mila.dho.shared.persistence.SqlValues;

/** The SQL of {@code EpisodeSpans}: allocated episodes with their end day and pause changes, dates in Oslo. */
@ApplicationScoped
public class EpisodeSpanRows {

    private static final String SPANS = """
            WITH span AS (
                SELECT e.id, e.patient_id, p.municipality, e.pathway, e.start_date,
                       (SELECT (t.at AT TIME ZONE 'Europe/Oslo')::date FROM episode_transition t
                        WHERE t.episode_id = e.id AND t.to_state = 'ENDED' ORDER BY t.id DESC LIMIT 1) AS ended_on
                FROM episode e JOIN patient p ON p.id = e.patient_id
                WHERE e.start_date IS NOT NULL AND e.start_date <= :to
                  AND (CAST(:municipality AS VARCHAR) IS NULL OR p.municipality = CAST(:municipality AS VARCHAR)))
            SELECT s.id AS episode_id, s.patient_id AS patient_id, s.municipality AS municipality,
                   s.pathway AS pathway, s.start_date AS start_date, s.ended_on AS ended_on,
                   t.from_state AS from_state, t.to_state AS to_state,
                   (t.at AT TIME ZONE 'Europe/Oslo')::date AS changed_on
            FROM span s
            LEFT JOIN episode_transition t ON t.episode_id = s.id AND (t.to_state = 'PAUSED' OR t.from_state = 'PAUSED')
            WHERE s.ended_on IS NULL OR s.ended_on >= :from
            ORDER BY s.municipality, s.patient_id, s.id, t.id""";

    private static final String NAMES = """
            SELECT p.id AS id, p.given_name AS given_name, p.family_name AS family_name
            FROM patient p WHERE p.id IN (:ids)""";

    private final EntityManager em;

    public EpisodeSpanRows(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Span> between(LocalDate from, LocalDate to, Optional<String> municipality) {
        List<Tuple> rows = em.createNativeQuery(SPANS, Tuple.class).setParameter("from", from).setParameter("to", to)
                .setParameter("municipality", municipality.orElse(null)).getResultList();
        Map<UUID, Span> spans = new LinkedHashMap<>();
        Map<UUID, List<Pause>> pauses = new HashMap<>();
        for (Tuple row : rows) {
            UUID episode = row.get("episode_id", UUID.class);
            List<Pause> own = pauses.computeIfAbsent(episode, e -> new ArrayList<>());
            spans.computeIfAbsent(episode, e -> new Span(e, row.get("patient_id", UUID.class),
                    row.get("municipality", String.class).trim(), row.get("pathway", String.class),
                    SqlValues.localDate(row.get("start_date")),
                    Optional.ofNullable(SqlValues.localDate(row.get("ended_on"))), own));
            LocalDate changedOn = SqlValues.localDate(row.get("changed_on"));
            if (changedOn == null) {
                continue;
            }
            if ("PAUSED".equals(row.get("to_state", String.class))) {
                own.add(new Pause(changedOn, Optional.empty()));
            } else if (!own.isEmpty() && own.get(own.size() - 1).until().isEmpty()) {
                own.set(own.size() - 1, new Pause(own.get(own.size() - 1).from(), Optional.of(changedOn)));
            }
        }
        return spans.values().stream().map(s -> new Span(s.episodeId(), s.patientId(), s.municipality(), s.pathway(),
                s.firstDay(), s.lastDay(), List.copyOf(pauses.get(s.episodeId())))).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, String> names(Collection<UUID> patients) {
        if (patients.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = em.createNativeQuery(NAMES, Tuple.class).setParameter("ids", patients).getResultList();
        Map<UUID, String> names = new HashMap<>();
        for (Tuple row : rows) {
            names.put(row.get("id", UUID.class), row.get("given_name", String.class) + " "
                    + row.get("family_name", String.class));
        }
        return names;
    }
}
