package no.mila.dho.worklist.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.jobs.Job;
import no.mila.dho.shared.jobs.JobRuns;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.shared.time.NorwegianCalendar;
import no.mila.dho.worklist.domain.CadenceFacts;
import no.mila.dho.worklist.domain.CadenceRules;
import no.mila.dho.worklist.domain.DueTask;
import no.mila.dho.worklist.persistence.CadenceStore;
import no.mila.dho.worklist.persistence.ReportDays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the cadence tasks ({@link CadenceRules}) every working day for the episodes in follow-up
 * ({@link EpisodeState#isFollowedUp()}). Safe on several replicas and when run twice: episodes are taken in batches
 * locked with {@code FOR UPDATE SKIP LOCKED} (an instance skips what another is working on) and marked as checked
 * for the day; a task is never created twice ({@link CadenceStore}).
 */
@ApplicationScoped
public class CadenceJob {

    private static final Logger LOG = Logger.getLogger(CadenceJob.class);
    private static final int BATCH = 200;

    private final CadenceStore store;
    private final ReportDays reports;
    private final Clock clock;
    private final int persistentYellowDays;
    private final JobRuns runs;

    public CadenceJob(CadenceStore store, ReportDays reports, Clock clock, JobRuns runs,
                      @ConfigProperty(name = "dho.worklist.persistently-yellow-days", defaultValue = "7")
                      int persistentYellowDays) {
        this.store = store;
        this.reports = reports;
        this.clock = clock;
        this.persistentYellowDays = persistentYellowDays;
        this.runs = runs;
    }

    @Scheduled(cron = "{dho.worklist.cadence-cron}", timeZone = "Europe/Oslo", identity = "cadence")
    void daily() {
        LocalDate today = ClockProducer.today(clock);
        if (NorwegianCalendar.isWorkingDay(today)) {
            run(today);
        } else {
            runs.succeeded(Job.CADENCE);
        }
    }

    /** Checks every patient in follow-up on {@code today}; returns how many tasks were created. */
    public int run(LocalDate today) {
        QuarkusTransaction.requiringNew().run(store::enrol);
        int created = 0;
        while (true) {
            Integer batch = QuarkusTransaction.requiringNew().call(() -> batch(today));
            if (batch == null) {
                break;
            }
            created += batch;
        }
        if (created > 0) {
            LOG.infof("Cadence %s: %d task(s) created", today, created);
        }
        runs.succeeded(Job.CADENCE);
        return created;
    }

    /** One batch of episodes not yet checked on {@code today}, locked; null when there is none left. */
    private Integer batch(LocalDate today) {
        List<CadenceStore.Episode> episodes = store.nextBatch(today, BATCH);
        if (episodes.isEmpty()) {
            return null;
        }
        List<UUID> patients = episodes.stream().map(CadenceStore.Episode::patientId).toList();
        Map<UUID, Map<LocalDate, Zone>> days = reports.worstZoneByDay(patients, today.minusDays(70));
        Map<UUID, ReportDays.Latest> latest = reports.latest(patients);
        int created = 0;
        for (CadenceStore.Episode e : episodes) {
            Optional<ReportDays.Latest> last = Optional.ofNullable(latest.get(e.patientId()));
            CadenceFacts facts = new CadenceFacts(e.id().toString(), e.startDate(),
                    e.state() == EpisodeState.ACTIVE_BASELINE, days.getOrDefault(e.patientId(), Map.of()),
                    last.map(ReportDays.Latest::day), last.map(ReportDays.Latest::zone));
            for (DueTask task : CadenceRules.due(facts, today, persistentYellowDays)) {
                created += store.createTask(e, task, clock.instant());
            }
        }
        store.markChecked(episodes, today);
        return created;
    }
}
