package no.mila.dho.measurement.application;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.measurement.domain.SymptomQuestion;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.measurement.persistence.QuestionnaireReads;

/**
 * The symptom questionnaires of the pathways (data, loaded by migration). Each is read once per pathway and kept
 * in the bounded caches {@code questionnaires} and {@code questionnaire-questions} (application.properties).
 * <p>
 * Nothing invalidates them because the service has no write path for questionnaires: only a Flyway migration
 * changes them, and migrations run at start-up ({@code quarkus.flyway.migrate-at-start}) before anything is read.
 * A questionnaire changed in the database by other means is seen after a restart. A write path added later
 * must invalidate both caches ({@code @CacheInvalidate} by pathway).
 */
@ApplicationScoped
public class QuestionnaireCatalog {

    /** A question with both languages, as the API shows it. */
    public record Question(String code, String textNb, String textEn, List<Option> options) {
    }

    /** An answer option with both languages and its zone. */
    public record Option(String code, String textNb, String textEn, Zone zone) {
    }

    /** A pathway's questionnaire and whether it is still awaiting the clinical lead's review. */
    public record Questionnaire(String pathway, boolean provisional, List<Question> questions) {

        public List<SymptomQuestion> toDomain() {
            return questions.stream().map(q -> new SymptomQuestion(q.code(), q.textNb(), q.options().stream()
                    .map(o -> new SymptomQuestion.Option(o.code(), o.textNb(), o.zone())).toList())).toList();
        }
    }

    private final QuestionnaireReads reads;

    public QuestionnaireCatalog(QuestionnaireReads reads) {
        this.reads = reads;
    }

    /** The pathway's questionnaire; one without questions when the pathway has none. */
    @CacheResult(cacheName = "questionnaires")
    public Questionnaire of(String pathway) {
        Map<String, Question> questions = new LinkedHashMap<>();
        boolean provisional = true;
        for (QuestionnaireReads.OptionRow r : reads.options(pathway)) {
            provisional = r.provisional();
            questions.computeIfAbsent(r.questionCode(), code -> new Question(code, r.questionNb(), r.questionEn(),
                    new ArrayList<>())).options().add(new Option(r.optionCode(), r.optionNb(), r.optionEn(), r.zone()));
        }
        return new Questionnaire(pathway, provisional, questions.values().stream()
                .map(q -> new Question(q.code(), q.textNb(), q.textEn(), List.copyOf(q.options()))).toList());
    }

    /** The questionnaire as the evaluator takes it, converted once per pathway. */
    @CacheResult(cacheName = "questionnaire-questions")
    public List<SymptomQuestion> questionsOf(String pathway) {
        return of(pathway).toDomain();
    }
}
