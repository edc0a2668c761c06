package no.mila.dho.alert.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import no.mila.dho.alert.persistence.OpenAlertFigures;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.metrics.DatabaseGauges;
import no.mila.dho.shared.metrics.EnumGauges;
import no.mila.dho.shared.time.NorwegianCalendar;

/**
 * The alert gauges, database-wide, refreshed by the metrics job: {@code dho_alerts_open{zone}} and the age of the
 * oldest open red alert, in wall-clock seconds ({@code dho_alerts_oldest_open_red_age_seconds}) and in seconds the
 * follow-up service was open ({@code dho_alerts_oldest_open_red_working_seconds}, {@link NorwegianCalendar}); both 0
 * when no red alert is open. Ages are as of the last refresh.
 */
@Startup
@ApplicationScoped
public class AlertMetrics implements DatabaseGauges {

    private final OpenAlertFigures figures;
    private final Clock clock;
    private final EnumGauges<Zone> open;
    private final AtomicLong oldestRedAge = new AtomicLong();
    private final AtomicLong oldestRedWorking = new AtomicLong();

    public AlertMetrics(OpenAlertFigures figures, Clock clock, MeterRegistry registry) {
        this.figures = figures;
        this.clock = clock;
        this.open = new EnumGauges<>(registry, "dho.alerts.open", "zone", "Open (not closed) alerts per zone",
                Zone.class);
        Gauge.builder("dho.alerts.oldest.open.red.age.seconds", oldestRedAge, AtomicLong::doubleValue)
                .description("Age of the oldest open red alert (0: none)").register(registry);
        Gauge.builder("dho.alerts.oldest.open.red.working.seconds", oldestRedWorking, AtomicLong::doubleValue)
                .description("Age of the oldest open red alert within the follow-up service's opening hours")
                .register(registry);
    }

    @Override
    public void refresh() {
        List<OpenAlertFigures.Zone> rows = QuarkusTransaction.requiringNew().call(figures::byZone);
        Instant now = clock.instant();
        open.set(rows.stream().collect(Collectors.toMap(row -> Zone.valueOf(row.zone()), OpenAlertFigures.Zone::open)));
        Optional<Instant> oldestRed = rows.stream().filter(r -> Zone.RED.name().equals(r.zone()))
                .map(OpenAlertFigures.Zone::oldestReceivedAt).findFirst();
        oldestRedAge.set(oldestRed.map(at -> Math.max(0, now.getEpochSecond() - at.getEpochSecond())).orElse(0L));
        oldestRedWorking.set(oldestRed.map(at -> NorwegianCalendar.openBetween(at, now).toSeconds()).orElse(0L));
    }
}
