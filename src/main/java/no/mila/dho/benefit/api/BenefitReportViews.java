package no.mila.dho.benefit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import no.mila.dho.benefit.application.BenefitReports;
import no.mila.dho.benefit.domain.MonthFigures;
import no.mila.dho.benefit.application.Reminders;

/** The JSON of the reports of patients, the coordinator's list of who is missing, and the reminders. */
public final class BenefitReportViews {

    private BenefitReportViews() {
    }

    /** One patient's report: the months stored, the version to send with a change, the months due and missing. */
    public record Report(UUID patientId, int year, int quarter, List<Month> months, long version,
                         List<YearMonth> due, List<YearMonth> missing, boolean complete) {

        static Report of(BenefitReports.Report r) {
            return new Report(r.patientId(), r.quarter().year(), r.quarter().number(),
                    r.months().stream().map(Month::of).toList(), r.version(), r.status().due(), r.status().missing(),
                    r.status().complete());
        }
    }

    /** One month as stored. */
    public record Month(YearMonth month, int homeNursingMinutes, int homeNursingVisits, int kadDays,
                        int shortTermDays) {

        static Month of(MonthFigures m) {
            return new Month(m.month(), m.homeNursingMinutes(), m.homeNursingVisits(), m.kadDays(),
                    m.shortTermDays());
        }
    }

    /** The quarter's patients of a municipality: complete when every patient is. */
    public record QuarterStatus(int year, int quarter, String municipality, boolean complete, int patients,
                                int missingPatients, List<PatientStatus> patientStatus) {

        static QuarterStatus of(int year, int quarter, String municipality, List<BenefitReports.PatientStatus> list) {
            List<PatientStatus> rows = list.stream().map(PatientStatus::of).toList();
            int missing = (int) rows.stream().filter(r -> !r.complete()).count();
            return new QuarterStatus(year, quarter, municipality, missing == 0, rows.size(), missing, rows);
        }
    }

    /** A patient of the list; {@code version} null while nothing is reported. */
    public record PatientStatus(UUID patientId, String givenName, String familyName, List<YearMonth> due,
                                List<YearMonth> missing, boolean complete, Long version) {

        static PatientStatus of(BenefitReports.PatientStatus s) {
            return new PatientStatus(s.patientId(), s.givenName(), s.familyName(), s.status().due(),
                    s.status().missing(), s.status().complete(), s.version().orElse(null));
        }
    }

    /** An open reminder of a quarter's reports. */
    public record Reminder(String municipality, int year, int quarter, LocalDate dueOn, Instant createdAt) {

        static Reminder of(Reminders.Reminder r) {
            return new Reminder(r.municipality(), r.quarter().year(), r.quarter().number(), r.dueOn(), r.createdAt());
        }
    }
}
