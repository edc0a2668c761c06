package no.mila.dho.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.survey.domain.Answer;

/**
 * The SQL of the answers ({@code survey_response}, {@code survey_answer}): a response holds its round, its
 * municipality and its answers, under a random id; nothing that leads back to an invitation or a patient.
 */
@ApplicationScoped
public class ResponseRows {

    /** How many chose an option, or ({@code questionTotal}) how many answered the question at all. */
    public record Count(UUID questionId, UUID optionId, boolean questionTotal, long count) {
    }

    /** A free-text answer. */
    public record Text(UUID questionId, String text) {
    }

    private final EntityManager em;

    public ResponseRows(EntityManager em) {
        this.em = em;
    }

    public void insert(UUID roundId, String municipality, List<Answer> answers) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO survey_response (id, round_id, municipality) VALUES (:id, :round, :m)")
                .setParameter("id", id).setParameter("round", roundId).setParameter("m", municipality).executeUpdate();
        for (Answer a : answers) {
            em.createNativeQuery("INSERT INTO survey_answer (response_id, question_id, option_id, text) "
                            + "VALUES (:response, :question, :option, :text)")
                    .setParameter("response", id).setParameter("question", a.questionId())
                    .setParameter("option", a.optionId()).setParameter("text", a.text()).executeUpdate();
        }
    }

    /** The number of responses per municipality of the round. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> responsesByMunicipality(UUID roundId) {
        List<Tuple> rows = em.createNativeQuery("SELECT municipality, count(*) AS responses FROM survey_response "
                + "WHERE round_id = :round GROUP BY municipality", Tuple.class).setParameter("round", roundId)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(t -> t.get("municipality", String.class).trim(),
                t -> t.get("responses", Number.class).longValue()));
    }

    /**
     * Per question and option the number who chose it, and per question (option null) the number who answered it;
     * of one municipality, or of all when {@code municipality} is null.
     */
    @SuppressWarnings("unchecked")
    public List<Count> counts(UUID roundId, String municipality) {
        var query = em.createNativeQuery("""
                SELECT a.question_id, a.option_id, GROUPING(a.option_id) = 1 AS question_total, count(*) AS answers
                  FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                 WHERE r.round_id = :round"""
                + (municipality == null ? "" : " AND r.municipality = :m")
                + " GROUP BY GROUPING SETS ((a.question_id, a.option_id), (a.question_id))", Tuple.class)
                .setParameter("round", roundId);
        if (municipality != null) {
            query.setParameter("m", municipality);
        }
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(t -> new Count(t.get("question_id", UUID.class),
                t.get("question_total", Boolean.class) ? null : t.get("option_id", UUID.class),
                t.get("question_total", Boolean.class), t.get("answers", Number.class).longValue())).toList();
    }

    /** Every free-text answer of the round (all municipalities), in no particular order. */
    @SuppressWarnings("unchecked")
    public List<Text> texts(UUID roundId) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT a.question_id, a.text FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                 WHERE r.round_id = :round AND a.text IS NOT NULL""", Tuple.class).setParameter("round", roundId)
                .getResultList();
        return rows.stream().map(t -> new Text(t.get("question_id", UUID.class), t.get("text", String.class))).toList();
    }
}
