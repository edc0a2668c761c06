package no.mila.dho.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.application.OpenEpisode;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.plan.domain.PlanRules;
import no.mila.dho.plan.persistence.GoalConversationEntity;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The goal conversation (målsamtale) of the follow-up service with the patient, around day 14: recorded by a nurse
 * while the patient is allocated, as versions (a correction is a new version; none is ever changed). Its goals seed
 * the self-management plan's "what matters to you" ({@link PlanDrafting}); the newest version goes to the GP with the
 * day-14 summary.
 */
@ApplicationScoped
public class GoalConversations {

    private final PatientAccess access;
    private final PlanChecks checks;
    private final CurrentUser user;
    private final Clock clock;

    public GoalConversations(PatientAccess access, PlanChecks checks, CurrentUser user, Clock clock) {
        this.access = access;
        this.checks = checks;
        this.user = user;
        this.clock = clock;
    }

    /** Records a new version of the conversation of the patient's open episode. */
    @Transactional
    public GoalConversationRecord record(UUID patientId, LocalDate heldOn, String whatMatters, List<String> goals,
                                         String summary) {
        access.requireClinical(patientId);
        OpenEpisode episode = checks.followedUp(patientId);
        if (heldOn.isAfter(ClockProducer.today(clock))) {
            throw ProblemException.invalid("heldOn", "must not be in the future");
        }
        List<PlanRules.Violation> problems = PlanRules.problems(goals, List.of());
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The goals are invalid",
                    problems.stream().map(p -> new FieldViolation(p.field(), p.message())).toList());
        }
        GoalConversationEntity g = new GoalConversationEntity();
        g.id = UUID.randomUUID();
        g.patientId = patientId;
        g.episodeId = episode.id();
        g.versionNo = GoalConversationEntity.latestOfEpisode(episode.id()).map(p -> p.versionNo + 1).orElse(1);
        g.heldOn = heldOn;
        g.whatMatters = whatMatters.strip();
        g.goals = goals.stream().map(String::strip).toList();
        g.summary = summary == null || summary.isBlank() ? null : summary.strip();
        g.recordedBySubject = user.subject();
        g.recordedByName = user.displayName();
        g.recordedAt = clock.instant();
        g.persistAndFlush();
        return GoalConversationRecord.of(g);
    }

    /** Every version of the patient's goal conversations, newest first. */
    public List<GoalConversationRecord> versions(UUID patientId) {
        access.requireClinical(patientId);
        return GoalConversationEntity.ofPatient(patientId).stream().map(GoalConversationRecord::of).toList();
    }

    /**
     * The newest version of the episode's conversation, if recorded. No access check: for the plan's own drafting
     * and for the day-14 summary written by a job.
     */
    public Optional<GoalConversationRecord> latestOfEpisode(UUID episodeId) {
        return GoalConversationEntity.latestOfEpisode(episodeId).map(GoalConversationRecord::of);
    }
}
