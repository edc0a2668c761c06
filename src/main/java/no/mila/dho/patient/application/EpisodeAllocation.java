package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.patient.domain.AssessmentPolicy;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.AssessmentAnswerEntity;
import no.mila.dho.patient.persistence.CriterionEntity;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.ClockProducer;

/**
 * Allocation (tildeling) of an assessed patient to the pathway, after written consent: the episode starts its
 * baseline, and {@link PatientAllocated} is fired in the same transaction (the pathway's thresholds are copied).
 */
@ApplicationScoped
public class EpisodeAllocation {

    private final EpisodeQueries episodes;
    private final EpisodeTransitions transitions;
    private final CurrentUser user;
    private final Clock clock;
    private final Event<PatientAllocated> allocated;

    public EpisodeAllocation(EpisodeQueries episodes, EpisodeTransitions transitions, CurrentUser user, Clock clock,
                             Event<PatientAllocated> allocated) {
        this.episodes = episodes;
        this.transitions = transitions;
        this.user = user;
        this.clock = clock;
        this.allocated = allocated;
    }

    @Transactional
    public EpisodeRecord allocate(UUID patientId, UUID episodeId, EpisodeCommands.Allocate command) {
        EpisodeEntity episode = episodes.require(patientId, episodeId);
        transitions.requireAllowed(episode, EpisodeState.ACTIVE_BASELINE);
        Map<String, Boolean> answers = AssessmentAnswerEntity.ofEpisode(episode.id).stream()
                .collect(Collectors.toMap(a -> a.criterion, a -> a.met));
        AssessmentPolicy.Outcome outcome = AssessmentPolicy.evaluate(CriterionEntity.checklistOf(episode.pathway),
                answers);
        if (!outcome.failedGeneral().isEmpty()) {
            throw new ProblemException(ProblemType.INCLUSION_CRITERION_NOT_MET, "The patient cannot be allocated: "
                    + outcome.failedGeneral().stream().map(c -> c.code() + " (" + c.textEn() + ")")
                    .collect(Collectors.joining(", ")) + " is not met");
        }
        if (!outcome.diseaseSpecificMet()) {
            throw new ProblemException(ProblemType.INCLUSION_CRITERION_NOT_MET,
                    "The patient cannot be allocated: no disease-specific criterion of " + episode.pathway + " is met");
        }
        if (command.consentDate().isAfter(ClockProducer.today(clock))) {
            throw ProblemException.invalid("consentDate", "must not be in the future");
        }
        if (command.startDate().isBefore(command.consentDate())) {
            throw ProblemException.invalid("startDate", "must not be before the written consent");
        }
        boolean collectorGiven = command.consentCollectedBySubject() != null;
        episode.consentDate = command.consentDate();
        episode.consentCollectedBySubject = collectorGiven ? command.consentCollectedBySubject() : user.subject();
        episode.consentCollectedByName = collectorGiven ? command.consentCollectedByName() : user.displayName();
        episode.baselineNursingVisitsPerMonth = command.baselineNursingVisitsPerMonth();
        episode.baselineNursingMinutesPerMonth = command.baselineNursingMinutesPerMonth();
        episode.baselineKadDays = command.baselineKadDays();
        episode.baselineShortTermDays = command.baselineShortTermDays();
        episode.startDate = command.startDate();
        transitions.move(episode, EpisodeState.ACTIVE_BASELINE, "Allocated; written consent " + command.consentDate());
        allocated.fire(new PatientAllocated(episode.patientId, episode.id, episode.pathway, episode.startDate,
                user.subject()));
        return EpisodeQueries.stored(episode);
    }
}
