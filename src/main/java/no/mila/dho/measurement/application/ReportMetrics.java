package no.mila.dho.measurement.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import no.mila.dho.measurement.domain.Zone;

/**
 * The meters of the report path (docs/observability.md): {@code dho_reports_received_total{pathway,zone}} (a report
 * stored, counted once: a retry that gets the stored answer is not counted), {@code dho_report_evaluation_seconds}
 * (the evaluation against the thresholds, with the trend's reads) and {@code dho_report_ingestion_seconds{channel,
 * outcome}} (the whole POST of a report, from the first handler to the last byte of the answer). Both timers have
 * histogram buckets (shared/metrics/LatencyHistograms).
 */
@ApplicationScoped
public class ReportMetrics {

    public static final String RECEIVED = "dho.reports.received";
    public static final String EVALUATION = "dho.report.evaluation";
    public static final String INGESTION = "dho.report.ingestion";

    /** Where a report came in: the patient's app, a nurse on the patient's behalf, or FHIR. */
    public enum Channel {
        PATIENT, STAFF, FHIR
    }

    private final MeterRegistry registry;
    private final Timer evaluation;

    public ReportMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.evaluation = Timer.builder(EVALUATION).description("Evaluation of a report against its thresholds")
                .register(registry);
    }

    /** A report of {@code pathway} was stored in {@code zone}. */
    public void received(String pathway, Zone zone) {
        Counter.builder(RECEIVED).tag("pathway", pathway).tag("zone", zone.name())
                .description("Reports stored (not their retries)").register(registry).increment();
    }

    <T> T evaluation(Supplier<T> evaluate) {
        return evaluation.record(evaluate);
    }

    /** Starts timing an ingestion request. */
    public Timer.Sample ingestionStarted() {
        return Timer.start(registry);
    }

    /** The ingestion request timed by {@code sample} was answered with {@code status}. */
    public void ingestionEnded(Timer.Sample sample, Channel channel, int status) {
        sample.stop(Timer.builder(INGESTION).tag("channel", channel.name())
                .tag("outcome", Outcome.forStatus(status).name())
                .description("A report's POST, from the first handler to the answer").register(registry));
    }
}
