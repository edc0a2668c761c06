package no.mila.dho.survey.api;

import java.util.List;
import no.mila.dho.survey.domain.Questionnaire;

/** The questionnaire as the patient answering a link sees it, with a Norwegian introduction. */
public record PublicQuestionnaireView(String title, String introduction, List<QuestionnaireView.QuestionView> questions) {

    static final String INTRODUCTION = "Takk for at du vil svare. Undersøkelsen er anonym, og alle spørsmålene er "
            + "frivillige. Svarene sendes når du trykker «Send»; lenken kan bare brukes én gang.";

    static PublicQuestionnaireView of(Questionnaire q) {
        return new PublicQuestionnaireView(q.title(), INTRODUCTION,
                q.questions().stream().map(QuestionnaireView.QuestionView::of).toList());
    }
}
