package no.mila.dho.benefit.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.benefit.domain.ReminderRule;
import no.mila.dho.benefit.persistence.BenefitReportStore;
import no.mila.dho.benefit.persistence.ReminderStore;
import no.mila.dho.benefit.domain.MonthFigures;
import no.mila.dho.benefit.domain.ReportStatus;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.shared.jobs.Job;
import no.mila.dho.shared.jobs.JobRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reminds the coordinators of the quarter that has ended (docs/benefits.md): every day, one reminder per
 * municipality with patients followed in the previous quarter, due {@code dho.benefit.reminder-due-days} after the
 * quarter's last day (default 14: the last month's home nursing figures are in the municipality's records some days
 * after the month closes, and two weeks leave the coordinator time to enter them before the follow-up service's
 * quarterly report). Idempotent and safe on several replicas: the reminder's unique key (municipality, year, quarter)
 * takes each once ({@code ON CONFLICT DO NOTHING}); a quarter already complete gets its reminder closed at once.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final FollowedPatients followed;
    private final BenefitReportStore reports;
    private final ReminderStore store;
    private final Clock clock;
    private final int dueDays;
    private final JobRuns runs;

    public ReminderJob(FollowedPatients followed, BenefitReportStore reports, ReminderStore store, Clock clock,
                       JobRuns runs,
                       @ConfigProperty(name = "dho.benefit.reminder-due-days", defaultValue = "14") int dueDays) {
        this.followed = followed;
        this.reports = reports;
        this.store = store;
        this.clock = clock;
        this.dueDays = dueDays;
        this.runs = runs;
    }

    @Scheduled(cron = "{dho.benefit.reminder-cron}", timeZone = "Europe/Oslo", identity = "benefit-reminders")
    void daily() {
        run(ClockProducer.today(clock));
    }

    /** Creates the reminders of the quarter before {@code today}'s; returns how many this call created. */
    public int run(LocalDate today) {
        Quarter quarter = ReminderRule.quarterToRemind(today);
        int created = QuarkusTransaction.requiringNew().call(() -> remind(quarter));
        if (created > 0) {
            LOG.infof("Benefit reports %s: %d reminder(s) created", quarter.label(), created);
        }
        runs.succeeded(Job.BENEFIT_REMINDER);
        return created;
    }

    private int remind(Quarter quarter) {
        List<FollowedPatients.Patient> patients = followed.of(quarter, Optional.empty());
        Map<java.util.UUID, List<MonthFigures>> reported = reports.ofQuarter(quarter, null).stream()
                .collect(Collectors.toMap(BenefitReportStore.Stored::patientId, BenefitReportStore.Stored::months));
        Map<String, List<FollowedPatients.Patient>> byMunicipality = patients.stream()
                .collect(Collectors.groupingBy(FollowedPatients.Patient::municipality));
        int created = 0;
        LocalDate due = ReminderRule.dueOn(quarter, dueDays);
        for (var entry : byMunicipality.entrySet()) {
            if (store.create(entry.getKey(), quarter, due, clock.instant())) {
                created++;
                boolean complete = entry.getValue().stream().allMatch(p -> ReportStatus.of(p.months(),
                        reported.getOrDefault(p.patientId(), List.of()).stream().map(MonthFigures::month)
                                .collect(Collectors.toSet()), java.time.YearMonth.from(quarter.lastDay())).complete());
                if (complete) {
                    store.close(entry.getKey(), quarter, clock.instant());
                }
            }
        }
        return created;
    }
}
