package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.patient.domain.AssessmentPolicy;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.InclusionCriterion;
import no.mila.dho.patient.domain.ReferralSource;
import no.mila.dho.patient.persistence.AssessmentAnswerEntity;
import no.mila.dho.patient.persistence.CriterionEntity;
import no.mila.dho.patient.persistence.DepartmentEntity;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PathwayEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/** The life cycle of a pathway episode (tjenesteforløp), each step recorded with who, when and why. */
@ApplicationScoped
public class EpisodeService {

    private final PatientAccess access;
    private final EpisodeTransitions transitions;
    private final CurrentUser user;
    private final Clock clock;
    private final Event<PatientAllocated> allocated;

    public EpisodeService(PatientAccess access, EpisodeTransitions transitions, CurrentUser user, Clock clock,
                          Event<PatientAllocated> allocated) {
        this.access = access;
        this.transitions = transitions;
        this.user = user;
        this.clock = clock;
        this.allocated = allocated;
    }

    @Transactional
    public EpisodeEntity refer(UUID patientId, EpisodeCommands.Refer command) {
        PatientEntity patient = access.require(patientId).patient();
        PathwayEntity pathway = PathwayEntity.findById(command.pathway());
        if (pathway == null || !pathway.active) {
            throw ProblemException.invalid("pathway", "is not an active pathway");
        }
        if (!command.oralConsent()) {
            throw ProblemException.invalid("oralConsent", "the patient's oral consent to the referral is required");
        }
        if (command.source() == ReferralSource.HOSPITAL_DEPARTMENT
                && (command.department() == null || DepartmentEntity.findById(command.department()) == null)) {
            throw ProblemException.invalid("department", "a referral from hospital names a known department");
        }
        if (command.referredOn().isAfter(today())) {
            throw ProblemException.invalid("referredOn", "must not be in the future");
        }
        if (EpisodeEntity.openOf(patient.id).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "The patient already has an open pathway episode");
        }
        EpisodeEntity episode = new EpisodeEntity();
        episode.id = UUID.randomUUID();
        episode.patientId = patient.id;
        episode.pathway = pathway.code;
        episode.referralSource = command.source();
        episode.referralDepartment = command.department();
        episode.referralOralConsent = true;
        episode.referredOn = command.referredOn();
        episode.state = EpisodeState.REFERRED;
        episode.persistAndFlush();
        transitions.record(episode, null, user.subject(), user.displayName(), user.primaryRole(), command.note());
        return episode;
    }

    @Transactional
    public EpisodeEntity assess(UUID patientId, UUID episodeId, EpisodeCommands.Assess command) {
        EpisodeEntity episode = episodeOf(patientId, episodeId);
        transitions.requireAllowed(episode, EpisodeState.ASSESSED);
        List<InclusionCriterion> criteria = criteriaOf(episode);
        AssessmentPolicy.Outcome outcome = AssessmentPolicy.evaluate(criteria, command.answers());
        if (!outcome.complete()) {
            List<FieldViolation> violations = new java.util.ArrayList<>();
            outcome.unanswered().forEach(code -> violations.add(new FieldViolation("answers." + code, "must be answered")));
            outcome.unknown().forEach(code -> violations.add(new FieldViolation("answers." + code,
                    "is not a criterion of this pathway")));
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The assessment checklist is incomplete",
                    violations);
        }
        command.answers().forEach((code, met) -> {
            AssessmentAnswerEntity answer = new AssessmentAnswerEntity();
            answer.episodeId = episode.id;
            answer.criterion = code;
            answer.met = met;
            answer.persist();
        });
        move(episode, EpisodeState.ASSESSED, command.note());
        return episode;
    }

    @Transactional
    public EpisodeEntity allocate(UUID patientId, UUID episodeId, EpisodeCommands.Allocate command) {
        EpisodeEntity episode = episodeOf(patientId, episodeId);
        transitions.requireAllowed(episode, EpisodeState.ACTIVE_BASELINE);
        Map<String, Boolean> answers = AssessmentAnswerEntity.ofEpisode(episode.id).stream()
                .collect(Collectors.toMap(a -> a.criterion, a -> a.met));
        AssessmentPolicy.Outcome outcome = AssessmentPolicy.evaluate(criteriaOf(episode), answers);
        if (!outcome.failedGeneral().isEmpty()) {
            throw new ProblemException(ProblemType.INCLUSION_CRITERION_NOT_MET, "The patient cannot be allocated: "
                    + outcome.failedGeneral().stream().map(c -> c.code() + " (" + c.textEn() + ")")
                    .collect(Collectors.joining(", ")) + " is not met");
        }
        if (!outcome.diseaseSpecificMet()) {
            throw new ProblemException(ProblemType.INCLUSION_CRITERION_NOT_MET,
                    "The patient cannot be allocated: no disease-specific criterion of " + episode.pathway + " is met");
        }
        if (command.consentDate().isAfter(today())) {
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
        episode.startDate = command.startDate();
        move(episode, EpisodeState.ACTIVE_BASELINE, "Allocated; written consent " + command.consentDate());
        allocated.fire(new PatientAllocated(episode.patientId, episode.id, episode.pathway, user.subject()));
        return episode;
    }

    @Transactional
    public EpisodeEntity pause(UUID patientId, UUID episodeId, String reason) {
        return move(episodeOf(patientId, episodeId), EpisodeState.PAUSED, reason);
    }

    @Transactional
    public EpisodeEntity resume(UUID patientId, UUID episodeId, String reason) {
        EpisodeEntity episode = episodeOf(patientId, episodeId);
        if (episode.state != EpisodeState.PAUSED) {
            transitions.requireAllowed(episode, EpisodeState.PAUSED);
        }
        return move(episode, EpisodeState.ACTIVE, reason);
    }

    /**
     * Records the decision to end: with notice, the episode ends on the planned date (see
     * {@link EpisodeEndingJob}); where the reason allows it and the date is today, it ends at once.
     */
    @Transactional
    public EpisodeEntity end(UUID patientId, UUID episodeId, EpisodeCommands.End command) {
        EpisodeEntity episode = episodeOf(patientId, episodeId);
        transitions.requireAllowed(episode, EpisodeState.ENDED);
        if (episode.endDecidedOn != null) {
            throw new ProblemException(ProblemType.CONFLICT, "The end of this episode is already decided for "
                    + episode.plannedEndDate);
        }
        if (!command.coordinatorInformed()) {
            throw ProblemException.invalid("coordinatorInformed", "the municipality's coordinator must be informed");
        }
        LocalDate today = today();
        if (command.plannedEndDate().isBefore(today)) {
            throw ProblemException.invalid("plannedEndDate", "must not be in the past");
        }
        if (command.plannedEndDate().equals(today) && !command.reason().allowsImmediateEnd()) {
            throw ProblemException.invalid("plannedEndDate", "ending for this reason needs notice: a date after today");
        }
        episode.endReason = command.reason();
        episode.endReasonText = command.reasonText();
        episode.plannedEndDate = command.plannedEndDate();
        episode.endDecidedBySubject = user.subject();
        episode.endDecidedByName = user.displayName();
        episode.endDecidedOn = today;
        episode.coordinatorInformed = true;
        if (!command.plannedEndDate().isAfter(today)) {
            move(episode, EpisodeState.ENDED, command.reason() + ": " + command.reasonText());
        }
        return episode;
    }

    private EpisodeEntity move(EpisodeEntity episode, EpisodeState next, String reason) {
        EpisodeState from = transitions.requireAllowed(episode, next);
        episode.state = next;
        transitions.record(episode, from, user.subject(), user.displayName(), user.primaryRole(), reason);
        return episode;
    }

    private EpisodeEntity episodeOf(UUID patientId, UUID episodeId) {
        access.require(patientId);
        return EpisodeEntity.ofPatient(patientId, episodeId)
                .orElseThrow(() -> ProblemException.notFound("Episode " + episodeId));
    }

    private static List<InclusionCriterion> criteriaOf(EpisodeEntity episode) {
        return CriterionEntity.forPathway(episode.pathway).stream().map(CriterionEntity::toDomain).toList();
    }

    private LocalDate today() {
        return no.mila.dho.shared.time.ClockProducer.today(clock);
    }
}
