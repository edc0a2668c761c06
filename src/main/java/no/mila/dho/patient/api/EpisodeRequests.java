package no.mila.dho.patient.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import no.mila.dho.patient.application.EpisodeCommands;
import no.mila.dho.patient.domain.EndReason;
import no.mila.dho.patient.domain.ReferralSource;

/** The request bodies of the episode life cycle. */
public final class EpisodeRequests {

    private EpisodeRequests() {
    }

    /** A referral with the patient's oral consent. */
    public record Referral(@NotBlank @Size(max = 40) String pathway, @NotNull ReferralSource source,
                           @Size(max = 40) String department, @NotNull Boolean oralConsent,
                           @NotNull LocalDate referredOn, @Size(max = 1000) String note) {
        EpisodeCommands.Refer command() {
            return new EpisodeCommands.Refer(pathway, source, department, oralConsent, referredOn, note);
        }
    }

    /** The assessment checklist: every criterion of the pathway answered. */
    public record Assessment(@NotNull Map<String, Boolean> answers, @Size(max = 1000) String note) {
        EpisodeCommands.Assess command() {
            return new EpisodeCommands.Assess(answers, note);
        }
    }

    /**
     * Allocation after written informed consent. The KAD and short-term stay days of the 12 months before are
     * optional (absent: not recorded); a year has at most 366 days.
     */
    public record Allocation(@NotNull LocalDate consentDate, @Valid PatientRequest.StaffRef consentCollectedBy,
                             @NotNull @Min(0) @Max(1000) Integer baselineNursingVisitsPerMonth,
                             @NotNull @Min(0) @Max(50000) Integer baselineNursingMinutesPerMonth,
                             @NotNull LocalDate startDate, @Min(0) @Max(366) Integer baselineKadDays,
                             @Min(0) @Max(366) Integer baselineShortTermDays) {
        EpisodeCommands.Allocate command() {
            return new EpisodeCommands.Allocate(consentDate,
                    consentCollectedBy == null ? null : consentCollectedBy.subject(),
                    consentCollectedBy == null ? null : consentCollectedBy.name(),
                    baselineNursingVisitsPerMonth, baselineNursingMinutesPerMonth, startDate, baselineKadDays,
                    baselineShortTermDays);
        }
    }

    /** Why the episode pauses or resumes. */
    public record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    /** The decision to end, with notice and the coordinator informed. */
    public record End(@NotNull EndReason reason, @NotBlank @Size(max = 1000) String reasonText,
                      @NotNull LocalDate plannedEndDate, @NotNull Boolean coordinatorInformed) {
        EpisodeCommands.End command() {
            return new EpisodeCommands.End(reason, reasonText, plannedEndDate, coordinatorInformed);
        }
    }
}
