package no.mila.dho.survey.application;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.survey.domain.Disclosure;
import no.mila.dho.survey.domain.QuestionKind;
import no.mila.dho.survey.domain.Questionnaire;
import no.mila.dho.survey.domain.ResponseRate;
import no.mila.dho.survey.persistence.QuestionnaireRows;
import no.mila.dho.survey.persistence.ResponseRows;
import no.mila.dho.survey.persistence.RoundRows;
import no.mila.dho.survey.domain.Round;

/**
 * The results of a round, once it is closed (while it is open, two readings would show each new answer). The
 * team leader and the council read every municipality's and the overall results; a coordinator their own
 * municipality's and the overall. What is shown follows {@link Disclosure}; free texts only overall, shuffled.
 */
@ApplicationScoped
public class SurveyResults {

    private final RoundRows rounds;
    private final QuestionnaireRows questionnaires;
    private final ResponseRows responses;
    private final CurrentUser user;
    private final SecureRandom random = new SecureRandom();

    public SurveyResults(RoundRows rounds, QuestionnaireRows questionnaires, ResponseRows responses,
                         CurrentUser user) {
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.user = user;
    }

    /** @param municipality null for the overall results */
    public RoundResults of(UUID roundId, String municipality) {
        if (municipality != null && user.hasRole(Roles.COORDINATOR) && !user.hasRole(Roles.TEAM_LEADER)
                && !user.hasRole(Roles.COUNCIL) && !user.municipality().filter(municipality::equals).isPresent()) {
            throw new ForbiddenException("A coordinator reads the results of their own municipality only");
        }
        Round round = rounds.round(roundId, false).orElseThrow(() -> SurveyRounds.notFound(roundId));
        if (!round.closed()) {
            throw new ProblemException(ProblemType.CONFLICT, "The results are shown once the round is closed");
        }
        Map<String, Long> answersBy = responses.responsesByMunicipality(roundId);
        Map<String, Long> invitedBy = rounds.invitedByMunicipality(roundId);
        long answers = municipality == null ? answersBy.values().stream().mapToLong(Long::longValue).sum()
                : answersBy.getOrDefault(municipality, 0L);
        long invited = municipality == null ? invitedBy.values().stream().mapToLong(Long::longValue).sum()
                : invitedBy.getOrDefault(municipality, 0L);
        boolean shown = municipality == null ? Disclosure.overallShown(answers)
                : Disclosure.shownMunicipalities(answersBy).contains(municipality);
        if (!shown) {
            String note = municipality == null ? Disclosure.reasonOverallHidden() : Disclosure.reasonHidden(answers);
            return new RoundResults(roundId, round.year(), round.title(), municipality, true, note, null, null, null,
                    List.of());
        }
        Questionnaire questionnaire = questionnaires.questionnaire(round.surveyId())
                .orElseThrow(() -> SurveyRounds.notFound(roundId));
        return new RoundResults(roundId, round.year(), round.title(), municipality, false, null, invited, answers,
                ResponseRate.percent(answers, invited).orElse(null),
                questions(questionnaire, responses.counts(roundId, municipality),
                        municipality == null ? responses.texts(roundId) : List.of()));
    }

    private List<RoundResults.QuestionResult> questions(Questionnaire questionnaire, List<ResponseRows.Count> counts,
                                                        List<ResponseRows.Text> texts) {
        return questionnaire.questions().stream().map(q -> {
            long answered = counts.stream().filter(c -> c.questionTotal() && c.questionId().equals(q.id()))
                    .mapToLong(ResponseRows.Count::count).sum();
            List<RoundResults.OptionResult> options = q.options().stream().map(o -> new RoundResults.OptionResult(
                    o.position(), o.id(), o.text(), counts.stream().filter(c -> !c.questionTotal()
                            && o.id().equals(c.optionId())).mapToLong(ResponseRows.Count::count).sum())).toList();
            List<String> shuffled = new ArrayList<>();
            if (q.kind() == QuestionKind.FREE_TEXT) {
                texts.stream().filter(t -> t.questionId().equals(q.id())).map(ResponseRows.Text::text)
                        .forEach(shuffled::add);
                Collections.shuffle(shuffled, random);
            }
            return new RoundResults.QuestionResult(q.position(), q.id(), q.kind(), q.text(), answered, options,
                    List.copyOf(shuffled));
        }).toList();
    }
}
