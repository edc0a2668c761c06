package no.mila.dho.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.survey.domain.AnswerCheck;
import no.mila.dho.survey.domain.GivenAnswer;
import no.mila.dho.survey.domain.LinkToken;
import no.mila.dho.survey.domain.Questionnaire;
import no.mila.dho.survey.persistence.InvitationRows;
import no.mila.dho.survey.persistence.InvitationRows.ByToken;
import no.mila.dho.survey.persistence.QuestionnaireRows;
import no.mila.dho.survey.persistence.ResponseRows;

/**
 * Answering by a single-use link, without a login: the token finds the invitation (by its hash), and in one
 * transaction the invitation is marked used and the response stored with its round and municipality only. Nothing
 * of the token, the invitation or the patient reaches the response, and nothing here logs. An unknown token is 404,
 * a used one (or one of a closed round) 410, both with the same words.
 */
@ApplicationScoped
public class SurveyAnswering {

    /** The one detail of a link that does not work, whatever the reason. */
    public static final String NOT_VALID = "Lenken til brukerundersøkelsen er ikke gyldig. Den kan være brukt "
            + "allerede, eller undersøkelsen er avsluttet.";

    private final InvitationRows invitations;
    private final QuestionnaireRows questionnaires;
    private final ResponseRows responses;

    public SurveyAnswering(InvitationRows invitations, QuestionnaireRows questionnaires, ResponseRows responses) {
        this.invitations = invitations;
        this.questionnaires = questionnaires;
        this.responses = responses;
    }

    /** The questionnaire the token's patient is asked to answer. */
    public Questionnaire questionnaire(String token) {
        ByToken invitation = usable(token, false);
        return questionnaires.questionnaire(invitation.surveyId()).orElseThrow(SurveyAnswering::unknown);
    }

    /** Stores the answers and uses the link up, or (invalid answers) neither. */
    @Transactional
    public void answer(String token, List<GivenAnswer> given) {
        ByToken invitation = usable(token, true);
        Questionnaire questionnaire = questionnaires.questionnaire(invitation.surveyId())
                .orElseThrow(SurveyAnswering::unknown);
        AnswerCheck.Result checked = AnswerCheck.check(questionnaire, given);
        Violations.refuseAny(checked.violations());
        if (!invitations.markUsed(LinkToken.hash(token))) {
            throw gone();
        }
        responses.insert(invitation.roundId(), invitation.municipality(), checked.answers());
    }

    private ByToken usable(String token, boolean lock) {
        if (!LinkToken.wellFormed(token)) {
            throw unknown();
        }
        ByToken invitation = invitations.byToken(LinkToken.hash(token), lock).orElseThrow(SurveyAnswering::unknown);
        if (invitation.used() || invitation.roundClosed()) {
            throw gone();
        }
        return invitation;
    }

    private static ProblemException unknown() {
        return new ProblemException(ProblemType.NOT_FOUND, NOT_VALID);
    }

    private static ProblemException gone() {
        return new ProblemException(ProblemType.GONE, NOT_VALID);
    }
}
