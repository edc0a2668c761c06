package no.mila.dho.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import no.mila.dho.audit.application.AccessLogReplay;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.audit.persistence.AccessLogEntity;
import no.mila.dho.testsupport.Management;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import no.mila.dho.testsupport.WireMockOidcTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL is down the service answers 503 problem+json with Retry-After and the request id, and the
 * access to patient data is still logged: kept in the local fallback and replayed once, when it is back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest {

    /** Its own PostgreSQL, which the test stops and starts, and its own fallback directory. */
    public static class Outage implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartablePostgresTestResource.class),
                    new TestResourceEntry(WireMockOidcTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S",
                        "dho.audit.fallback.directory", Files.createTempDirectory("dho-access-fallback").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @RestartablePostgresTestResource.InjectPostgres
    RestartablePostgresTestResource.Postgres postgres;

    @Inject
    AccessLogReplay replay;

    @ConfigProperty(name = "dho.audit.fallback.directory")
    Path fallbackDirectory;

    @Test
    void while_the_database_is_down_answers_are_503_and_the_access_is_logged_once_when_it_is_back() throws IOException {
        String patient = PatientFixtures.registerPatient("3209");
        String patientRequest;
        String pathwaysRequest;
        postgres.stop();
        try {
            patientRequest = expectUnavailable("/api/patients/" + patient);
            pathwaysRequest = expectUnavailable("/api/pathways");
            Management.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            assertThat(fallbackFiles()).as("the access was kept locally").isNotEmpty();
        } finally {
            postgres.start();
        }
        List<Path> kept = copyOfFallback();

        assertThat(eventually(() -> replay.replay() > 0)).as("replayed once the database is back").isTrue();
        restore(kept); // as if a second replica, or a crash before the file was deleted, replayed it again
        assertThat(eventually(() -> replay.replay() > 0)).isTrue();

        assertThat(rowsOf(patientRequest)).singleElement().satisfies(row -> {
            assertThat(row.patientId).isEqualTo(UUID.fromString(patient));
            assertThat(row.outcome).isEqualTo(AccessOutcome.FAILED);
            assertThat(row.httpStatus).isEqualTo(503);
            assertThat(row.actorSubject).isEqualTo("nurse-1");
        });
        assertThat(rowsOf(pathwaysRequest)).as("reference data are not patient data").isEmpty();
        assertThat(fallbackFiles()).isEmpty();
        Management.given().get("/q/health/ready").then().statusCode(200);
    }

    private static String expectUnavailable(String path) {
        Response response = given().auth().oauth2(Tokens.nurse()).get(path);
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", equalTo("urn:dho:problem:service-unavailable"))
                .body("status", equalTo(503))
                .body("requestId", equalTo(response.header("X-Request-Id")));
        assertThat(response.body().asString()).doesNotContain("Exception", "stack", "SQL");
        return response.header("X-Request-Id");
    }

    /** Pooled connections broken by the restart fail once each; the pool then opens new ones. */
    private static boolean eventually(BooleanSupplier condition) {
        for (int attempt = 0; attempt < 20; attempt++) {
            if (condition.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    private List<AccessLogEntity> rowsOf(String requestId) {
        for (int attempt = 0; ; attempt++) {
            try {
                return AccessLogEntity.list("requestId", requestId);
            } catch (RuntimeException brokenPooledConnection) {
                if (attempt == 20) {
                    throw brokenPooledConnection;
                }
            }
        }
    }

    private List<Path> fallbackFiles() throws IOException {
        try (Stream<Path> files = Files.list(fallbackDirectory)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).toList();
        }
    }

    private List<Path> copyOfFallback() throws IOException {
        Path copies = Files.createTempDirectory("dho-access-fallback-copy");
        for (Path file : fallbackFiles()) {
            Files.copy(file, copies.resolve(file.getFileName()));
        }
        try (Stream<Path> files = Files.list(copies)) {
            return files.toList();
        }
    }

    private void restore(List<Path> copies) throws IOException {
        for (Path copy : copies) {
            Files.copy(copy, fallbackDirectory.resolve(copy.getFileName()));
        }
    }
}
