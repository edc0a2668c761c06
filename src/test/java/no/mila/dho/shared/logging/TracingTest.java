package no.mila.dho.shared.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.mila.dho.testsupport.SyntheticIds;
import no.mila.dho.testsupport.Tokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With tracing switched on as docs/logging-and-tracing.md says (an in-memory exporter in place of the collector),
 * a request gives a server span with its request id and a span for each JDBC statement in the same trace, and its
 * log lines carry the trace and span id. Search values stay out of the spans.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.datasource.jdbc.telemetry.enabled", "true",
                    "quarkus.otel.simple", "true");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(InMemoryExporter.class);
        }
    }

    /** The collector of this test: spans are kept in memory. */
    @Alternative
    static class InMemoryExporter {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    private static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("dho.request_id");

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void forgetEarlierSpans() {
        spans.reset();
    }

    @Test
    void a_request_is_a_server_span_with_its_request_id_and_its_jdbc_statements_are_spans_of_the_same_trace() {
        given().auth().oauth2(Tokens.nurse()).header("X-Request-Id", "traced-1")
                .when().get("/api/municipalities").then().statusCode(200);

        SpanData server = serverSpan("traced-1");
        assertThat(server.getAttributes().get(AttributeKey.stringKey("http.route"))).isEqualTo("/api/municipalities");
        List<SpanData> jdbc = finished(server.getTraceId()).stream()
                .filter(s -> s.getKind() == SpanKind.CLIENT && isPostgres(s)).toList();
        assertThat(jdbc).isNotEmpty();
    }

    @Test
    void log_lines_of_a_traced_request_carry_its_trace_and_span_id() {
        List<LogCapture.Captured> lines;
        try (LogCapture log = new LogCapture()) {
            given().auth().oauth2(Tokens.admin()).header("X-Request-Id", "traced-2").contentType(ContentType.JSON)
                    .body("{\"number\": \"3234\", \"name\": \"Lunner\", \"partnerSince\": \"2026-04-01\"}")
                    .when().post("/api/municipalities").then().statusCode(201);
            lines = log.of("no.mila.dho.municipality");
        }

        SpanData server = serverSpan("traced-2");
        assertThat(lines).hasSize(1);
        ExtLogRecord line = lines.get(0).record();
        assertThat(line.getMdc("traceId")).isEqualTo(server.getTraceId());
        assertThat(line.getMdc("spanId")).isNotBlank();
        assertThat(line.getMdc("requestId")).isEqualTo("traced-2");
        assertThat(line.getMdc("userSubject")).isEqualTo("admin-1");
        assertThat(lines.get(0).line()).contains("trace=" + server.getTraceId());
    }

    @Test
    void a_patient_search_leaves_neither_name_nor_national_id_in_any_span() {
        String nationalId = SyntheticIds.next();
        given().auth().oauth2(Tokens.nurse()).header("X-Request-Id", "traced-3")
                .queryParam("name", "Sporløs").queryParam("nationalId", nationalId)
                .when().get("/api/patients").then().statusCode(200);

        SpanData server = serverSpan("traced-3");
        assertThat(server.getAttributes().get(AttributeKey.stringKey("url.query")))
                .isEqualTo("name=REDACTED&nationalId=REDACTED");
        List<SpanData> trace = finished(server.getTraceId());
        assertThat(trace).anyMatch(TracingTest::isPostgres);
        for (SpanData span : trace) {
            assertThat(span.getAttributes().toString()).doesNotContain(nationalId, "Sporløs", "Sporl%C3%B8s");
            assertThat(span.getEvents().toString()).doesNotContain(nationalId, "Sporløs");
        }
    }

    private SpanData serverSpan(String requestId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<SpanData> found = spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getKind() == SpanKind.SERVER && requestId.equals(s.getAttributes().get(REQUEST_ID)))
                    .toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            sleep();
        }
        throw new AssertionError("No server span with request id " + requestId + " in " + spans.getFinishedSpanItems());
    }

    private List<SpanData> finished(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    private static boolean isPostgres(SpanData span) {
        return span.getAttributes().asMap().entrySet().stream()
                .anyMatch(a -> a.getKey().getKey().startsWith("db.system") && "postgresql".equals(a.getValue()));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
