package no.mila.dho.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * With the configuration the service ships with (the same for production: application.properties sets no profile of
 * its own for tracing), the OpenTelemetry SDK is off: no exporter exists, so no collector is ever contacted, and the
 * HTTP and JDBC instrumentation is not installed ({@link JsonLogLineTest} shows that log lines carry no trace id).
 */
@QuarkusTest
class TracingOffByDefaultTest {

    @Inject
    @Any
    Instance<LateBoundSpanProcessor> otlp;

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled")
    boolean sdkDisabled;

    @ConfigProperty(name = "quarkus.datasource.jdbc.telemetry.enabled")
    boolean jdbcTelemetry;

    @Test
    void the_sdk_and_the_jdbc_spans_are_off_and_nothing_is_exported() {
        // application.properties has no %prod override of either, so production starts with both off as well
        assertThat(sdkDisabled).isTrue();
        assertThat(jdbcTelemetry).isFalse();
        assertThat(exporters.isUnsatisfied()).as("no exporter of our own").isTrue();
        assertThat(otlp.stream()).as("the OTLP exporter is not even created").isNotEmpty()
                .allMatch(RemoveableLateBoundSpanProcessor.class::isInstance);
    }

    @Test
    void production_has_no_tracing_settings_of_its_own() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            String properties = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(properties).doesNotContain("%prod.quarkus.otel", "%prod.quarkus.datasource.jdbc.telemetry");
        }
    }
}
