package no.mila.dho.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.survey.domain.QuestionKind;
import no.mila.dho.survey.domain.Questionnaire;
import no.mila.dho.survey.domain.QuestionnaireRules.Draft;
import no.mila.dho.survey.domain.VersionHead;

/** The SQL of the questionnaire versions: {@code survey}, {@code survey_question}, {@code survey_option}. */
@ApplicationScoped
public class QuestionnaireRows {

    private static final String HEAD = """
            SELECT s.id, s.title, s.based_on, s.created_at, s.created_by, s.updated_at, s.version,
                   EXISTS (SELECT 1 FROM survey_round r WHERE r.survey_id = s.id) AS used
              FROM survey s""";

    private final EntityManager em;

    public QuestionnaireRows(EntityManager em) {
        this.em = em;
    }

    private static VersionHead head(Tuple t) {
        return new VersionHead(t.get("id", UUID.class), t.get("title", String.class), t.get("based_on", UUID.class),
                SqlValues.instant(t.get("created_at")), t.get("created_by", String.class),
                SqlValues.instant(t.get("updated_at")), t.get("version", Number.class).longValue(),
                t.get("used", Boolean.class));
    }

    @SuppressWarnings("unchecked")
    public List<VersionHead> all() {
        List<Tuple> rows = em.createNativeQuery(HEAD + " ORDER BY s.created_at, s.id", Tuple.class).getResultList();
        return rows.stream().map(QuestionnaireRows::head).toList();
    }

    /** The head, locked against a concurrent edit or a round opened meanwhile when {@code lock}. */
    @SuppressWarnings("unchecked")
    public Optional<VersionHead> head(UUID id, boolean lock) {
        if (lock) {
            em.createNativeQuery("SELECT id FROM survey WHERE id = :id FOR UPDATE").setParameter("id", id)
                    .getResultList();
        }
        List<Tuple> rows = em.createNativeQuery(HEAD + " WHERE s.id = :id", Tuple.class).setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(QuestionnaireRows::head);
    }

    /** The questionnaire with its questions and options in order. */
    @SuppressWarnings("unchecked")
    public Optional<Questionnaire> questionnaire(UUID id) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT s.title, q.id AS question_id, q.position AS question_position, q.kind, q.text AS question_text,
                       o.id AS option_id, o.position AS option_position, o.text AS option_text
                  FROM survey s
                  JOIN survey_question q ON q.survey_id = s.id
                  LEFT JOIN survey_option o ON o.question_id = q.id
                 WHERE s.id = :id ORDER BY q.position, o.position""", Tuple.class).setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Tuple> questions = new LinkedHashMap<>();
        Map<UUID, List<Questionnaire.Option>> options = new LinkedHashMap<>();
        for (Tuple t : rows) {
            UUID question = t.get("question_id", UUID.class);
            questions.putIfAbsent(question, t);
            List<Questionnaire.Option> of = options.computeIfAbsent(question, q -> new ArrayList<>());
            UUID option = t.get("option_id", UUID.class);
            if (option != null) {
                of.add(new Questionnaire.Option(option, t.get("option_position", Number.class).intValue(),
                        t.get("option_text", String.class)));
            }
        }
        List<Questionnaire.Question> list = questions.values().stream().map(t -> new Questionnaire.Question(
                t.get("question_id", UUID.class), t.get("question_position", Number.class).intValue(),
                QuestionKind.valueOf(t.get("kind", String.class)), t.get("question_text", String.class),
                options.get(t.get("question_id", UUID.class)))).toList();
        return Optional.of(new Questionnaire(id, rows.get(0).get("title", String.class), list));
    }

    public void insert(UUID id, String title, UUID basedOn, String by, Instant at) {
        em.createNativeQuery("INSERT INTO survey (id, title, based_on, created_at, created_by, updated_at, updated_by) "
                        + "VALUES (:id, :title, :basedOn, :at, :by, :at, :by)")
                .setParameter("id", id).setParameter("title", title).setParameter("basedOn", basedOn)
                .setParameter("at", Timestamp.from(at)).setParameter("by", by).executeUpdate();
    }

    /** A new title and version; false when the version is not {@code expectedVersion}. */
    public boolean update(UUID id, String title, long expectedVersion, String by, Instant at) {
        return em.createNativeQuery("UPDATE survey SET title = :title, version = version + 1, updated_at = :at, "
                        + "updated_by = :by WHERE id = :id AND version = :version")
                .setParameter("title", title).setParameter("at", Timestamp.from(at)).setParameter("by", by)
                .setParameter("id", id).setParameter("version", expectedVersion).executeUpdate() == 1;
    }

    /** Replaces the questions (and their options) of a version no round used. */
    public void replaceQuestions(UUID surveyId, List<Draft> questions) {
        em.createNativeQuery("DELETE FROM survey_option WHERE question_id IN "
                + "(SELECT id FROM survey_question WHERE survey_id = :id)").setParameter("id", surveyId).executeUpdate();
        em.createNativeQuery("DELETE FROM survey_question WHERE survey_id = :id").setParameter("id", surveyId)
                .executeUpdate();
        for (int i = 0; i < questions.size(); i++) {
            Draft q = questions.get(i);
            UUID questionId = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO survey_question (id, survey_id, position, kind, text) "
                            + "VALUES (:id, :survey, :position, :kind, :text)")
                    .setParameter("id", questionId).setParameter("survey", surveyId).setParameter("position", i + 1)
                    .setParameter("kind", q.kind().name()).setParameter("text", q.text().strip()).executeUpdate();
            List<String> options = q.options() == null ? List.of() : q.options();
            for (int j = 0; j < options.size(); j++) {
                em.createNativeQuery("INSERT INTO survey_option (id, question_id, position, text) "
                                + "VALUES (:id, :question, :position, :text)")
                        .setParameter("id", UUID.randomUUID()).setParameter("question", questionId)
                        .setParameter("position", j + 1).setParameter("text", options.get(j).strip()).executeUpdate();
            }
        }
    }
}
