package no.mila.dho.survey.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.survey.application.Questionnaires;
import no.mila.dho.survey.domain.QuestionKind;
import no.mila.dho.survey.domain.Questionnaire;
import no.mila.dho.survey.domain.VersionHead;

/** A questionnaire version; {@code used}: a round used it, so it is immutable. */
public record QuestionnaireView(UUID id, String title, UUID basedOn, Instant createdAt, String createdBy,
                                Instant updatedAt, long version, boolean used, List<QuestionView> questions) {

    /** A question with its options. */
    public record QuestionView(UUID id, int position, QuestionKind kind, String text, List<OptionView> options) {

        static QuestionView of(Questionnaire.Question q) {
            return new QuestionView(q.id(), q.position(), q.kind(), q.text(),
                    q.options().stream().map(o -> new OptionView(o.id(), o.position(), o.text())).toList());
        }
    }

    /** An option of a single-choice question. */
    public record OptionView(UUID id, int position, String text) {
    }

    static QuestionnaireView of(Questionnaires.Version v) {
        return of(v.head(), v.questionnaire().questions().stream().map(QuestionView::of).toList());
    }

    static QuestionnaireView of(VersionHead h, List<QuestionView> questions) {
        return new QuestionnaireView(h.id(), h.title(), h.basedOn(), h.createdAt(), h.createdBy(), h.updatedAt(),
                h.version(), h.used(), questions);
    }
}
