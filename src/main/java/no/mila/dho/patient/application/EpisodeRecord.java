package no.mila.dho.patient.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.patient.domain.EndReason;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.ReferralSource;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.EpisodeTransitionEntity;

/**
 * A pathway episode as stored: its referral, the assessment answers (criterion code to met, in code order),
 * the allocation (null fields until allocated), the decision to end (null fields until decided) and the trail
 * of its state changes, oldest first.
 */
public record EpisodeRecord(UUID id, String pathway, EpisodeState state, long version,
                            ReferralSource referralSource, String referralDepartment, boolean referralOralConsent,
                            LocalDate referredOn, Map<String, Boolean> assessment,
                            LocalDate consentDate, String consentCollectedByName,
                            Integer baselineNursingVisitsPerMonth, Integer baselineNursingMinutesPerMonth,
                            Integer baselineKadDays, Integer baselineShortTermDays, LocalDate startDate, EndReason endReason, String endReasonText,
                            LocalDate plannedEndDate, String endDecidedByName, LocalDate endDecidedOn,
                            Boolean coordinatorInformed, List<Transition> transitions) {

    /** One state change: who, when, why. */
    public record Transition(EpisodeState from, EpisodeState to, Instant at, String actorName, String actorRole,
                             String reason) {

        static Transition of(EpisodeTransitionEntity t) {
            return new Transition(t.fromState, t.toState, t.at, t.actorName, t.actorRole, t.reason);
        }
    }

    static EpisodeRecord of(EpisodeEntity e, Map<String, Boolean> assessment, List<Transition> transitions) {
        return new EpisodeRecord(e.id, e.pathway, e.state, e.version, e.referralSource, e.referralDepartment,
                e.referralOralConsent, e.referredOn, assessment, e.consentDate, e.consentCollectedByName,
                e.baselineNursingVisitsPerMonth, e.baselineNursingMinutesPerMonth, e.baselineKadDays,
                e.baselineShortTermDays, e.startDate, e.endReason,
                e.endReasonText, e.plannedEndDate, e.endDecidedByName, e.endDecidedOn, e.coordinatorInformed,
                transitions);
    }
}
