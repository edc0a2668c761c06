package no.mila.dho.measurement.api;

import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.mila.dho.measurement.application.ReportMetrics;
import no.mila.dho.measurement.application.ReportMetrics.Channel;

/**
 * Times the whole POST of a report ({@code dho_report_ingestion_seconds}): authentication, reading and validating
 * the body, evaluation, the store and the answer, for the patient's {@code /api/me/reports}, a nurse's
 * {@code /api/patients/{patientId}/reports} and the FHIR transaction Bundle at the server's base.
 */
@ApplicationScoped
public class IngestionTiming {

    private final ReportMetrics metrics;

    public IngestionTiming(ReportMetrics metrics) {
        this.metrics = metrics;
    }

    void register(@Observes Router router) {
        router.post("/api/me/reports").order(Integer.MIN_VALUE + 1).handler(ctx -> time(ctx, Channel.PATIENT));
        router.post("/api/patients/:patientId/reports").order(Integer.MIN_VALUE + 1)
                .handler(ctx -> time(ctx, Channel.STAFF));
        router.postWithRegex("/fhir/r4/?").order(Integer.MIN_VALUE + 1).handler(ctx -> time(ctx, Channel.FHIR));
    }

    private void time(RoutingContext ctx, Channel channel) {
        Timer.Sample sample = metrics.ingestionStarted();
        ctx.addEndHandler(done -> metrics.ingestionEnded(sample, channel, ctx.response().getStatusCode()));
        ctx.next();
    }
}
