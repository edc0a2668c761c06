package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.domain.AssessmentPolicy;
import no.mila.dho.patient.domain.EpisodeState;
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
import no.mila.dho.shared.time.ClockProducer;

/**
 * The start of a pathway episode (tjenesteforløp): the referral ({@link PatientReferred} is fired in its transaction)
 * and the assessment (kartlegging).
 */
@ApplicationScoped
public class EpisodeIntake {

    private final PatientAccess access;
    private final EpisodeQueries episodes;
    private final EpisodeTransitions transitions;
    private final CurrentUser user;
    private final Clock clock;
    private final Event<PatientReferred> referred;

    public EpisodeIntake(PatientAccess access, EpisodeQueries episodes, EpisodeTransitions transitions,
                         CurrentUser user, Clock clock, Event<PatientReferred> referred) {
        this.access = access;
        this.episodes = episodes;
        this.transitions = transitions;
        this.user = user;
        this.clock = clock;
        this.referred = referred;
    }

    @Transactional
    public EpisodeRecord refer(UUID patientId, EpisodeCommands.Refer command) {
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
        if (command.referredOn().isAfter(ClockProducer.today(clock))) {
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
        referred.fire(new PatientReferred(patient.id, episode.id, episode.pathway, episode.referralSource,
                episode.referralDepartment, episode.referredOn, user.subject(), user.displayName()));
        return EpisodeQueries.stored(episode);
    }

    @Transactional
    public EpisodeRecord assess(UUID patientId, UUID episodeId, EpisodeCommands.Assess command) {
        EpisodeEntity episode = episodes.require(patientId, episodeId);
        transitions.requireAllowed(episode, EpisodeState.ASSESSED);
        AssessmentPolicy.Outcome outcome = AssessmentPolicy.evaluate(CriterionEntity.checklistOf(episode.pathway),
                command.answers());
        if (!outcome.complete()) {
            List<FieldViolation> violations = new ArrayList<>();
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
        transitions.move(episode, EpisodeState.ASSESSED, command.note());
        return EpisodeQueries.stored(episode);
    }
}
