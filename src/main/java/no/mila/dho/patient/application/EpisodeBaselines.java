package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.persistence.EpisodeBaselineRows;

/**
 * Who was followed up when, with the baseline taken at allocation: for the benefit reports (docs/benefits.md). An
 * episode is followed from its allocation's start date through the day it ended (paused days included: the patient
 * is still in the pathway), so a patient is followed in a month where any day of it falls in that span.
 */
@ApplicationScoped
public class EpisodeBaselines {

    /**
     * One allocated episode: its patient (name for the coordinator's list of who is missing), municipality, followed
     * span ({@code endedOn} empty while open) and baseline; visits and minutes per month, KAD and short-term stay
     * days over the 12 months before allocation, each null where not recorded.
     */
    public record Followed(UUID patientId, UUID episodeId, String municipality, String givenName, String familyName,
                           LocalDate startDate, Optional<LocalDate> endedOn, Integer visitsPerMonth,
                           Integer minutesPerMonth, Integer kadDays12Months, Integer shortTermDays12Months) {

        /** Whether any day of {@code month} is in the followed span. */
        public boolean followedIn(YearMonth month) {
            return !startDate.isAfter(month.atEndOfMonth())
                    && endedOn.map(end -> !end.isBefore(month.atDay(1))).orElse(true);
        }
    }

    private final EpisodeBaselineRows rows;

    public EpisodeBaselines(EpisodeBaselineRows rows) {
        this.rows = rows;
    }

    /**
     * The episodes followed on any day from {@code from} to {@code to} (inclusive), of {@code municipality} or of
     * all (empty), ordered by municipality, family name, given name and patient.
     */
    @Transactional
    public List<Followed> followedBetween(LocalDate from, LocalDate to, Optional<String> municipality) {
        return rows.followedBetween(from, to, municipality.orElse(null)).stream()
                .map(r -> new Followed(r.patientId(), r.episodeId(), r.municipality(), r.givenName(), r.familyName(),
                        r.startDate(), Optional.ofNullable(r.endedOn()), r.visitsPerMonth(), r.minutesPerMonth(),
                        r.kadDays12Months(), r.shortTermDays12Months()))
                .toList();
    }
}
