package no.mila.dho.shared.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import no.mila.dho.testsupport.Tokens;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

/**
 * With JSON logs switched on as in production, a line logged while a request is served is one JSON object that
 * carries the request's id. The line is formatted by the console handler's own formatter.
 */
@QuarkusTest
@TestProfile(JsonLogLineTest.JsonLogs.class)
class JsonLogLineTest {

    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true");
        }
    }

    @Test
    void a_line_logged_during_a_request_is_json_with_the_request_id() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Formatter console = consoleFormatter();
        ExtHandler capture = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                lines.add(console.format(record));
            }
        };
        Logger logger = Logger.getLogger("no.mila.dho.municipality");
        logger.addHandler(capture);
        try {
            given().auth().oauth2(Tokens.admin()).header("X-Request-Id", "json-log-line-1")
                    .contentType(ContentType.JSON)
                    .body("{\"number\": \"3220\", \"name\": \"Enebakk\", \"partnerSince\": \"2026-04-01\"}")
                    .when().post("/api/municipalities").then().statusCode(201);
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).strip()).doesNotContain("\n");
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.path("message").asText()).contains("Municipality 3220 (Enebakk) added");
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("mdc").path("requestId").asText()).isEqualTo("json-log-line-1");
    }

    private static Formatter consoleFormatter() {
        return handlers(Logger.getLogger("").getHandlers()).filter(ConsoleHandler.class::isInstance).findFirst()
                .map(Handler::getFormatter).orElseThrow();
    }

    private static Stream<Handler> handlers(Handler[] handlers) {
        return Stream.of(handlers).flatMap(h -> Stream.concat(Stream.of(h),
                h instanceof ExtHandler ext ? handlers(ext.getHandlers()) : Stream.empty()));
    }
}
