package no.mila.dho.patient.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.patient.application.EpisodeRecord;
import no.mila.dho.patient.domain.EndReason;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.ReferralSource;

/** A pathway episode with its referral, assessment, allocation, end and the full trail of state changes. */
public record EpisodeView(UUID id, String pathway, EpisodeState state, Referral referral,
                          Map<String, Boolean> assessment, Allocation allocation, End end,
                          List<Transition> transitions, long version) {

    /** Who referred, when, with the patient's oral consent. */
    public record Referral(ReferralSource source, String department, boolean oralConsent, LocalDate referredOn) {
    }

    /**
     * Allocation: written consent and the baseline of home nursing per month, and of KAD and short-term stay days
     * over the 12 months before (null where not recorded).
     */
    public record Allocation(LocalDate consentDate, String consentCollectedBy, Integer baselineNursingVisitsPerMonth,
                             Integer baselineNursingMinutesPerMonth, Integer baselineKadDays,
                             Integer baselineShortTermDays, LocalDate startDate) {
    }

    /** The decision to end. */
    public record End(EndReason reason, String reasonText, LocalDate plannedEndDate, String decidedBy,
                      LocalDate decidedOn, Boolean coordinatorInformed) {
    }

    /** One state change: who, when, why. */
    public record Transition(EpisodeState from, EpisodeState to, Instant at, String actorName, String actorRole,
                             String reason) {
    }

    static EpisodeView of(EpisodeRecord e) {
        Allocation allocation = e.consentDate() == null ? null : new Allocation(e.consentDate(),
                e.consentCollectedByName(), e.baselineNursingVisitsPerMonth(), e.baselineNursingMinutesPerMonth(),
                e.baselineKadDays(), e.baselineShortTermDays(), e.startDate());
        End end = e.endDecidedOn() == null ? null : new End(e.endReason(), e.endReasonText(), e.plannedEndDate(),
                e.endDecidedByName(), e.endDecidedOn(), e.coordinatorInformed());
        List<Transition> transitions = e.transitions().stream().map(t -> new Transition(t.from(), t.to(), t.at(),
                t.actorName(), t.actorRole(), t.reason())).toList();
        return new EpisodeView(e.id(), e.pathway(), e.state(),
                new Referral(e.referralSource(), e.referralDepartment(), e.referralOralConsent(), e.referredOn()),
                e.assessment().isEmpty() ? null : e.assessment(), allocation, end, transitions, e.version());
    }
}
