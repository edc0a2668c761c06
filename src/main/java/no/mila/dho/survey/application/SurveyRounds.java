package no.mila.dho.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.survey.persistence.QuestionnaireRows;
import no.mila.dho.survey.persistence.RoundRows;
import no.mila.dho.survey.domain.Round;

/**
 * The yearly rounds: the team leader opens one for a questionnaire and a year, which invites every patient with an
 * allocated, not ended episode (one invitation each; {@link SurveyInvitations} gives them their link), and closes
 * it, after which no link works and the results can be read ({@link SurveyResults}).
 */
@ApplicationScoped
public class SurveyRounds {

    private final RoundRows rounds;
    private final QuestionnaireRows questionnaires;
    private final CurrentUser user;
    private final Clock clock;

    public SurveyRounds(RoundRows rounds, QuestionnaireRows questionnaires, CurrentUser user, Clock clock) {
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.user = user;
        this.clock = clock;
    }

    /** Opens the year's round; 409 when the year has one; the questionnaire is immutable from now on. */
    @Transactional
    public Round open(UUID surveyId, int year) {
        questionnaires.head(surveyId, true).orElseThrow(() -> ProblemException.invalid("surveyId",
                "is not a questionnaire"));
        if (rounds.yearTaken(year)) {
            throw new ProblemException(ProblemType.CONFLICT, "The year " + year + " has a survey round already");
        }
        UUID id = UUID.randomUUID();
        rounds.insert(id, surveyId, year, user.subject(), clock.instant());
        rounds.inviteAllocated(id);
        return require(id);
    }

    /** Closes the round: its links stop working and its results can be read. 409 when closed already. */
    @Transactional
    public Round close(UUID roundId) {
        Round round = rounds.round(roundId, true).orElseThrow(() -> notFound(roundId));
        if (round.closed()) {
            throw new ProblemException(ProblemType.CONFLICT, "The survey round of " + round.year() + " is closed "
                    + "already");
        }
        rounds.close(roundId, user.subject(), clock.instant());
        return require(roundId);
    }

    public List<Round> all() {
        return rounds.all();
    }

    public Round require(UUID roundId) {
        return rounds.round(roundId, false).orElseThrow(() -> notFound(roundId));
    }

    static ProblemException notFound(UUID roundId) {
        return ProblemException.notFound("Survey round " + roundId);
    }
}
