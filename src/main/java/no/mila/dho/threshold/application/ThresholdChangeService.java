package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.threshold.application.ThresholdService;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;
import no.mila.dho.patient.application.EpisodeTransitions;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.domain.ChangeStep;
import no.mila.dho.threshold.domain.Refusal;
import no.mila.dho.threshold.domain.RequestFacts;
import no.mila.dho.threshold.domain.ThresholdGovernance;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;

/**
 * The life cycle of a threshold change: proposed, ordered by the patient's physician, verified by a second
 * person, and only then in force as a new version; or rejected / withdrawn. Each step is checked by
 * {@link ThresholdGovernance}, guarded against concurrent steps by the request's version (optimistic locking),
 * and appended to the request's trail.
 */
@ApplicationScoped
public class ThresholdChangeService {

    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;
    private final ThresholdService thresholds;
    private final ThresholdChangeSteps steps;
    private final EpisodeTransitions transitions;

    public ThresholdChangeService(PatientAccess access, CurrentUser user, Clock clock, ThresholdService thresholds,
                                  EpisodeTransitions transitions, ThresholdChangeSteps steps) {
        this.steps = steps;
        this.access = access;
        this.user = user;
        this.clock = clock;
        this.thresholds = thresholds;
        this.transitions = transitions;
    }

    @Transactional
    public ThresholdChangeRequestEntity propose(UUID patientId, ProposeCommand command) {
        PatientEntity patient = access.requireClinical(patientId);
        EpisodeEntity episode = EpisodeEntity.openOf(patientId).orElse(null);
        EpisodeState state = episode == null ? null : episode.state;
        guard(ChangeStep.PROPOSE, patient, state, null);
        if (command.orderNow()) {
            guard(ChangeStep.ORDER, patient, state, new RequestFacts(ChangeStatus.PROPOSED, user.subject(), null));
        }
        ThresholdSetEntity base = thresholds.inForce(patientId)
                .orElseThrow(() -> ProblemException.notFound("Thresholds of patient " + patientId));
        validate(command.proposed(), base);
        ThresholdChangeRequestEntity.openOf(patientId).ifPresent(open -> {
            throw new ProblemException(ProblemType.CHANGE_REQUEST_OPEN, "Change request " + open.id + " is "
                    + open.status + "; finish, reject or withdraw it before proposing another");
        });
        ThresholdChangeRequestEntity request = steps.proposed(patientId, episode.id, base, command.reason(),
                command.proposed(), signer(), clock.instant());
        if (command.orderNow()) {
            steps.ordered(request, signer(), clock.instant(), command.orderNote());
        }
        request.flush();
        return request;
    }

    @Transactional
    public ThresholdChangeRequestEntity order(UUID patientId, UUID requestId, long version, String note) {
        ThresholdChangeRequestEntity request = step(ChangeStep.ORDER, patientId, requestId, version);
        steps.ordered(request, signer(), clock.instant(), note);
        request.flush();
        return request;
    }

    /**
     * The second person confirms that the entered values match the order; the new version comes into force, and
     * the first individual version moves the episode from baseline to steady follow-up.
     */
    @Transactional
    public ThresholdChangeRequestEntity verify(UUID patientId, UUID requestId, long version, String note) {
        ThresholdChangeRequestEntity request = step(ChangeStep.VERIFY, patientId, requestId, version);
        ThresholdSetEntity next = steps.verified(request, signer(), clock.instant(), note);
        EpisodeEntity episode = EpisodeEntity.findById(request.episodeId);
        if (episode.state == EpisodeState.ACTIVE_BASELINE) {
            EpisodeState from = transitions.requireAllowed(episode, EpisodeState.ACTIVE);
            episode.state = EpisodeState.ACTIVE;
            transitions.record(episode, from, user.subject(), user.displayName(), user.primaryRole(),
                    "Individual thresholds in force (version " + next.versionNo + ")");
        }
        return request;
    }

    @Transactional
    public ThresholdChangeRequestEntity reject(UUID patientId, UUID requestId, long version, String reason) {
        return close(ChangeStep.REJECT, patientId, requestId, version, reason);
    }

    @Transactional
    public ThresholdChangeRequestEntity withdraw(UUID patientId, UUID requestId, long version, String reason) {
        return close(ChangeStep.WITHDRAW, patientId, requestId, version, reason);
    }

    private ThresholdChangeRequestEntity close(ChangeStep step, UUID patientId, UUID requestId, long version,
                                               String reason) {
        ThresholdChangeRequestEntity request = step(step, patientId, requestId, version);
        steps.closed(request, step.result(), signer(), clock.instant(), reason);
        request.flush();
        return request;
    }

    /** The request, once the caller may take {@code step} on it and holds its current version. */
    private ThresholdChangeRequestEntity step(ChangeStep step, UUID patientId, UUID requestId, long version) {
        PatientEntity patient = access.requireClinical(patientId);
        ThresholdChangeRequestEntity request = ThresholdChangeRequestEntity.ofPatient(patientId, requestId)
                .orElseThrow(() -> ProblemException.notFound("Threshold change request " + requestId));
        EpisodeEntity episode = EpisodeEntity.findById(request.episodeId);
        guard(step, patient, episode.state, request.facts());
        if (request.version != version) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "The request changed (version "
                    + request.version + ", you sent " + version + "); read it again and decide on what it is now");
        }
        return request;
    }

    private ThresholdChangeSteps.Signer signer() {
        return new ThresholdChangeSteps.Signer(user.subject(), user.displayName(), user.primaryRole(),
                user.hpr().orElse(null));
    }

    private void guard(ChangeStep step, PatientEntity patient, EpisodeState episode, RequestFacts request) {
        ThresholdGovernance.check(step, access.actor(), patient.facts(), episode, request).ifPresent(refusal -> {
            throw new ProblemException(problemOf(refusal.kind()), refusal.message());
        });
    }

    static ProblemType problemOf(Refusal.Kind kind) {
        return switch (kind) {
            case ROLE, NOT_THE_PATIENTS_PHYSICIAN -> ProblemType.FORBIDDEN;
            case FOUR_EYES -> ProblemType.FOUR_EYES_REQUIRED;
            case STATUS -> ProblemType.ILLEGAL_TRANSITION;
            case EPISODE -> ProblemType.NOT_IN_FOLLOW_UP;
        };
    }

    /**
     * The one rule for versions ({@link ThresholdService#problems}: ordered, possible, red limits of every measured
     * type unless stated as no longer measured); and every type that has limits now is named in the proposal (a
     * measured type only leaves by the not-measured statement, another with {} on purpose), so that nothing is
     * dropped by leaving it out; the trend rule kept.
     */
    private void validate(ThresholdSet proposed, ThresholdSetEntity base) {
        List<FieldViolation> problems = new ArrayList<>(thresholds.problems(base.pathway, proposed));
        Set<String> named = problems.stream().map(FieldViolation::field).collect(Collectors.toSet());
        base.limits().stream().map(l -> l.type).filter(type -> !proposed.limits().containsKey(type)
                && !proposed.notMeasured().containsKey(type) && !named.contains("limits." + type)).forEach(type ->
                problems.add(new FieldViolation("limits." + type, "is missing: the version in force has limits for "
                        + type + "; send them (or {} to remove them on purpose)")));
        if (base.trendRule().isPresent() && proposed.weightTrend().isEmpty() && !named.contains("weightTrend")
                && !proposed.notMeasured().containsKey(MeasurementType.BODY_WEIGHT)) {
            problems.add(new FieldViolation("weightTrend", "is missing: the version in force has a weight trend rule"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The proposed limits are not usable", problems);
        }
    }
}
