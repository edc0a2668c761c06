package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.patient.application.EpisodeFollowUp;
import no.mila.dho.patient.application.EpisodeQueries;
import no.mila.dho.patient.application.OpenEpisode;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.PatientFacts;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.domain.ChangeStep;
import no.mila.dho.threshold.domain.RequestFacts;
import no.mila.dho.threshold.domain.ThresholdRules;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;

/**
 * The life cycle of a threshold change: proposed, ordered by the patient's physician, verified by a second
 * person, and only then in force as a new version; or rejected / withdrawn. Each step is checked by
 * {@link ChangeStepGuard}, guarded against concurrent steps by the request's version (optimistic locking),
 * and appended to the request's trail. Each command answers the request's id.
 */
@ApplicationScoped
public class ThresholdChangeService {

    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;
    private final ThresholdService thresholds;
    private final ThresholdVersionStore versions;
    private final ChangeStepGuard guard;
    private final ThresholdChangeSteps steps;
    private final EpisodeQueries episodes;
    private final EpisodeFollowUp followUp;

    public ThresholdChangeService(PatientAccess access, CurrentUser user, Clock clock, ThresholdService thresholds,
                                  ThresholdVersionStore versions, ChangeStepGuard guard, ThresholdChangeSteps steps,
                                  EpisodeQueries episodes, EpisodeFollowUp followUp) {
        this.access = access;
        this.user = user;
        this.clock = clock;
        this.thresholds = thresholds;
        this.versions = versions;
        this.guard = guard;
        this.steps = steps;
        this.episodes = episodes;
        this.followUp = followUp;
    }

    @Transactional
    public UUID propose(UUID patientId, ProposeCommand command) {
        PatientFacts patient = access.requireClinicalFacts(patientId);
        OpenEpisode episode = episodes.openOf(patientId).orElse(null);
        EpisodeState state = episode == null ? null : episode.state();
        guard.check(ChangeStep.PROPOSE, patient, state, null);
        if (command.orderNow()) {
            guard.check(ChangeStep.ORDER, patient, state, new RequestFacts(ChangeStatus.PROPOSED, user.subject(), null));
        }
        ThresholdSetEntity base = thresholds.inForce(patientId)
                .orElseThrow(() -> ProblemException.notFound("Thresholds of patient " + patientId));
        validate(command.proposed(), base);
        ThresholdChangeRequestEntity.openOf(patientId).ifPresent(open -> {
            throw new ProblemException(ProblemType.CHANGE_REQUEST_OPEN, "Change request " + open.id + " is "
                    + open.status + "; finish, reject or withdraw it before proposing another");
        });
        ThresholdChangeRequestEntity request = steps.proposed(patientId, episode.id(), base, command.reason(),
                command.proposed(), signer(), clock.instant());
        if (command.orderNow()) {
            steps.ordered(request, signer(), clock.instant(), command.orderNote());
        }
        request.flush();
        return request.id;
    }

    @Transactional
    public UUID order(UUID patientId, UUID requestId, long version, String note) {
        ThresholdChangeRequestEntity request = guard.require(ChangeStep.ORDER, patientId, requestId, version);
        steps.ordered(request, signer(), clock.instant(), note);
        request.flush();
        return request.id;
    }

    /**
     * The second person confirms that the entered values match the order; the new version comes into force, and
     * the first individual version moves the episode from baseline to steady follow-up.
     */
    @Transactional
    public UUID verify(UUID patientId, UUID requestId, long version, String note) {
        ThresholdChangeRequestEntity request = guard.require(ChangeStep.VERIFY, patientId, requestId, version);
        ThresholdSetEntity next = steps.verified(request, signer(), clock.instant(), note);
        followUp.endBaseline(request.episodeId, "Individual thresholds in force (version " + next.versionNo + ")");
        return request.id;
    }

    @Transactional
    public UUID reject(UUID patientId, UUID requestId, long version, String reason) {
        return close(ChangeStep.REJECT, patientId, requestId, version, reason);
    }

    @Transactional
    public UUID withdraw(UUID patientId, UUID requestId, long version, String reason) {
        return close(ChangeStep.WITHDRAW, patientId, requestId, version, reason);
    }

    /** Rejecting or withdrawing an open request, with the reason. */
    private UUID close(ChangeStep step, UUID patientId, UUID requestId, long version, String reason) {
        ThresholdChangeRequestEntity request = guard.require(step, patientId, requestId, version);
        steps.closed(request, step.result(), signer(), clock.instant(), reason);
        request.flush();
        return request.id;
    }

    private ThresholdChangeSteps.Signer signer() {
        return new ThresholdChangeSteps.Signer(user.subject(), user.displayName(), user.primaryRole(),
                user.hpr().orElse(null));
    }

    /**
     * The one rule for versions ({@link ThresholdVersionStore#problems}), and nothing of the version in force
     * dropped by leaving it out ({@link ThresholdRules#omissions}); each field named once.
     */
    private void validate(ThresholdSet proposed, ThresholdSetEntity base) {
        List<FieldViolation> problems = new ArrayList<>(versions.problems(base.pathway, proposed));
        Set<String> named = problems.stream().map(FieldViolation::field).collect(Collectors.toSet());
        ThresholdRules.omissions(base.toDomain(), proposed).stream().filter(v -> !named.contains(v.field()))
                .forEach(v -> problems.add(new FieldViolation(v.field(), v.message())));
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The proposed limits are not usable", problems);
        }
    }
}
