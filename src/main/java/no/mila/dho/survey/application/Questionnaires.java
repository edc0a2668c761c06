package no.mila.dho.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.survey.domain.Questionnaire;
import no.mila.dho.survey.domain.QuestionnaireRules;
import no.mila.dho.survey.domain.QuestionnaireRules.Draft;
import no.mila.dho.survey.persistence.QuestionnaireRows;
import no.mila.dho.survey.domain.VersionHead;

/**
 * The questionnaire versions (docs/survey.md): the team leader writes a new one, or copies one (the 2024 survey) and
 * edits the copy; a version that a round used is immutable (409), so the results of a round always belong to the
 * questions its patients saw.
 */
@ApplicationScoped
public class Questionnaires {

    /** The first questionnaire, the user survey of October 2024 (seeded by V25). */
    public static final UUID SURVEY_2024 = UUID.fromString("5a1e2024-0000-4000-8000-000000000001");

    /** A version with its questions. */
    public record Version(VersionHead head, Questionnaire questionnaire) {
    }

    private final QuestionnaireRows rows;
    private final CurrentUser user;
    private final Clock clock;

    public Questionnaires(QuestionnaireRows rows, CurrentUser user, Clock clock) {
        this.rows = rows;
        this.user = user;
        this.clock = clock;
    }

    public List<VersionHead> all() {
        return rows.all();
    }

    public Version get(UUID id) {
        VersionHead head = rows.head(id, false).orElseThrow(() -> notFound(id));
        return new Version(head, rows.questionnaire(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    public Version create(String title, List<Draft> questions) {
        Violations.refuseAny(QuestionnaireRules.check(title, questions));
        UUID id = UUID.randomUUID();
        rows.insert(id, title.strip(), null, user.subject(), clock.instant());
        rows.replaceQuestions(id, questions);
        return get(id);
    }

    /** A new version with the questions and options of {@code sourceId}, to be edited before a round uses it. */
    @Transactional
    public Version copy(UUID sourceId, String title) {
        Questionnaire source = rows.questionnaire(sourceId).orElseThrow(() -> notFound(sourceId));
        List<Draft> questions = source.questions().stream().map(q -> new Draft(q.kind(), q.text(),
                q.options().stream().map(Questionnaire.Option::text).toList())).toList();
        String newTitle = title == null || title.isBlank() ? source.title() : title;
        Violations.refuseAny(QuestionnaireRules.check(newTitle, questions));
        UUID id = UUID.randomUUID();
        rows.insert(id, newTitle.strip(), sourceId, user.subject(), clock.instant());
        rows.replaceQuestions(id, questions);
        return get(id);
    }

    /** Replaces title and questions of a version no round used, at the version the editor read. */
    @Transactional
    public Version replace(UUID id, String title, List<Draft> questions, long version) {
        VersionHead head = rows.head(id, true).orElseThrow(() -> notFound(id));
        if (head.used()) {
            throw new ProblemException(ProblemType.CONFLICT, "A survey round used this questionnaire, so it cannot "
                    + "be changed; copy it to a new version");
        }
        Violations.refuseAny(QuestionnaireRules.check(title, questions));
        if (!rows.update(id, title.strip(), version, user.subject(), clock.instant())) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "The questionnaire changed (version "
                    + head.version() + ", not " + version + "); read it again");
        }
        rows.replaceQuestions(id, questions);
        return get(id);
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Questionnaire " + id);
    }
}
