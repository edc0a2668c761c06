package no.mila.dho.patient.application;

import java.time.LocalDate;
import java.util.Map;
import no.mila.dho.patient.domain.EndReason;
import no.mila.dho.patient.domain.ReferralSource;

/** The commands of a pathway episode's life cycle. */
public final class EpisodeCommands {

    private EpisodeCommands() {
    }

    /** A referral (henvisning) with the patient's oral consent to refer. */
    public record Refer(String pathway, ReferralSource source, String department, boolean oralConsent,
                        LocalDate referredOn, String note) {
    }

    /** The assessment checklist: each criterion code answered met (true) or not (false). */
    public record Assess(Map<String, Boolean> answers, String note) {
    }

    /**
     * Allocation (tildeling): written consent, baseline home-nursing figures, start date; the municipal acute bed
     * (KAD, kommunalt akutt døgnopphold) and short-term stay (korttidsopphold) days of the 12 months before, where
     * known (null: not recorded).
     */
    public record Allocate(LocalDate consentDate, String consentCollectedBySubject, String consentCollectedByName,
                           int baselineNursingVisitsPerMonth, int baselineNursingMinutesPerMonth,
                           LocalDate startDate, Integer baselineKadDays, Integer baselineShortTermDays) {
    }

    /** The decision to end the pathway (avslutning), with notice. */
    public record End(EndReason reason, String reasonText, LocalDate plannedEndDate, boolean coordinatorInformed) {
    }
}
