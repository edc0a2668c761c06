package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.mila.dho.benefit.application.BenefitReports;
import no.mila.dho.benefit.application.ReminderJob;
import no.mila.dho.benefit.domain.MonthFigures;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The benefit reports of the demo (docs/benefits.md). Six more patients of Ullensaker (3209) and Nes (3228),
 * allocated 4 to 11 months ago (baseline 8 visits and 240 minutes of home nursing a month, 4 KAD and 12 short-term
 * days in the year before: {@link DemoPatients}), so that the quarters past have patients; then, for each of the
 * last three quarters that have ended, the reports of every patient followed in them, entered by the municipality's
 * demo coordinator (Kari Koordinator, Nils Koordinator) with made-up figures below the baseline. One report of the
 * last quarter is left out (Odd Strand's), so the coordinator of Nes sees who is missing and an open reminder.
 * Idempotent: the patients are enrolled once, and a patient's quarter already reported is left as it is.
 */
@ApplicationScoped
class DemoBenefits implements DemoPart {

    static final List<DemoPatient> PATIENTS = List.of(
            new DemoPatient("12854490107", "Bjørn", "Dahl", "3209", null, "COPD", 330, EpisodeState.ACTIVE),
            new DemoPatient("03904990158", "Astrid", "Moen", "3209", null, "HEART_FAILURE", 250, EpisodeState.ACTIVE),
            new DemoPatient("21825190144", "Liv", "Haugen", "3209", null, "COPD", 170, EpisodeState.ENDED),
            new DemoPatient("08874690172", "Terje", "Lie", "3228", null, "COPD", 310, EpisodeState.ACTIVE),
            new DemoPatient("27845390180", "Sigrid", "Bakken", "3228", null, "HEART_FAILURE", 220,
                    EpisodeState.ACTIVE),
            new DemoPatient("15914290160", "Odd", "Strand", "3228", null, "COPD", 140, EpisodeState.ACTIVE));
    private static final String LEFT_MISSING = "Strand";

    private final DemoSession session;
    private final DemoPatients patients;
    private final BenefitReports reports;
    private final ReminderJob reminders;
    private final Clock clock;

    DemoBenefits(DemoSession session, DemoPatients patients, BenefitReports reports, ReminderJob reminders,
                 Clock clock) {
        this.session = session;
        this.patients = patients;
        this.reports = reports;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        if (!patients.isRegistered(PATIENTS.get(0).nationalId())) {
            PATIENTS.forEach(patients::enrol);
        }
        LocalDate today = ClockProducer.today(clock);
        Quarter last = Quarter.of(today).previous();
        List<Quarter> quarters = List.of(last.previous().previous(), last.previous(), last);
        for (DemoUser coordinator : List.of(DemoUser.KARI_COORDINATOR, DemoUser.NILS_COORDINATOR)) {
            session.run(coordinator, () -> quarters.forEach(q -> report(q, q.equals(last))));
        }
        reminders.run(today);
    }

    /** The quarter's reports of the coordinator's patients not yet reported. */
    private void report(Quarter quarter, boolean last) {
        int i = 0;
        for (BenefitReports.PatientStatus p : reports.status(quarter, Optional.empty())) {
            i++;
            if (p.version().isPresent() || p.status().due().isEmpty()
                    || (last && LEFT_MISSING.equals(p.familyName()))) {
                continue;
            }
            List<MonthFigures> months = new ArrayList<>();
            for (YearMonth month : p.status().due()) {
                months.add(figures(month, i));
            }
            reports.put(quarter, p.patientId(), months, 0L);
        }
    }

    /** Made-up figures of patient {@code i} in a month: 55-84 % of the baseline's 240 minutes, few bed days. */
    private static MonthFigures figures(YearMonth month, int i) {
        int k = month.getMonthValue();
        int minutes = 240 * (55 + (i * 7 + k * 11) % 30) / 100;
        int visits = Math.max(1, Math.round(minutes / 30f));
        int kad = (i + k) % 5 == 0 ? 1 : 0;
        int shortTerm = (i * 3 + k) % 7 == 0 ? 2 : 0;
        return new MonthFigures(month, minutes, visits, kad, shortTerm);
    }
}
