package no.mila.dho.worklist.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.Tokens;
import no.mila.dho.worklist.application.IdleClaimJob;
import org.junit.jupiter.api.Test;

/**
 * A hand-over and a close of the same item at once leave one outcome: the row lock (and the conditional update
 * after it) lets the database decide, exactly one step succeeds, the other is answered 409 problem+json, and the
 * trail holds the winner's step only. Several rounds, so that either may come first.
 */
@QuarkusTest
class HandOverRaceTest {

    static final int ROUNDS = 6;
    static final Map<String, Object> CLOSE = Map.of("outcome", "PATIENT_CONTACTED", "note", "Ringte");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdleClaimJob job;


    @Test
    void a_take_over_and_a_close_at_once_leave_exactly_one_outcome() throws Exception {
        String nora = Tokens.nurse("race-nora");
        String kari = Tokens.nurse("race-kari");
        for (int round = 0; round < ROUNDS; round++) {
            String alert = fixtures().redAlert();
            given().auth().oauth2(nora).post("/api/alerts/" + alert + "/claim").then().statusCode(200);
            List<ExtractableResponse<Response>> answers = atOnce(
                    () -> post(nora, "/api/alerts/" + alert + "/close", CLOSE),
                    () -> post(kari, "/api/alerts/" + alert + "/take-over", Map.of("reason", "Overtar")));
            ExtractableResponse<Response> close = answers.get(0);
            ExtractableResponse<Response> takeOver = answers.get(1);
            assertThat(List.of(close.statusCode(), takeOver.statusCode())).containsExactlyInAnyOrder(200, 409);
            ExtractableResponse<Response> loser = close.statusCode() == 409 ? close : takeOver;
            assertThat(loser.contentType()).startsWith("application/problem+json");
            assertThat(loser.<Integer>path("status")).isEqualTo(409);
            JsonPath item = item(alert);
            if (close.statusCode() == 200) {
                assertThat(item.getString("status")).isEqualTo("CLOSED");
                assertThat(item.getList("trail.event")).containsExactly("CLAIMED", "CLOSED");
            } else {
                assertThat(item.getString("status")).isEqualTo("CLAIMED");
                assertThat(item.getString("claimedBy")).isEqualTo("Sykepleier race-kari");
                assertThat(item.getList("trail.event")).containsExactly("CLAIMED", "TAKEN_OVER");
            }
        }
    }

    @Test
    void the_idle_release_and_a_close_at_once_leave_exactly_one_outcome() throws Exception {
        String nora = Tokens.nurse("race-idle-nora");
        for (int round = 0; round < ROUNDS; round++) {
            String alert = fixtures().redAlert();
            given().auth().oauth2(nora).post("/api/alerts/" + alert + "/claim").then().statusCode(200);
            fixtures().claimedMinutesAgo(alert, 180);
            Instant now = Instant.now();
            List<Object> answers = atOnce(() -> post(nora, "/api/alerts/" + alert + "/close", CLOSE),
                    () -> job.run(now));
            @SuppressWarnings("unchecked")
            ExtractableResponse<Response> close = (ExtractableResponse<Response>) answers.get(0);
            JsonPath item = item(alert);
            if (close.statusCode() == 200) {
                assertThat(item.getString("status")).isEqualTo("CLOSED");
                assertThat(item.getList("trail.event")).containsExactly("CLAIMED", "CLOSED");
            } else {
                assertThat(close.statusCode()).isEqualTo(409);
                assertThat(close.contentType()).startsWith("application/problem+json");
                assertThat(item.getString("status")).isEqualTo("OPEN");
                assertThat(item.getList("trail.event")).containsExactly("CLAIMED", "IDLE_RELEASED");
            }
        }
    }

    AlertFixtures fixtures() {
        return new AlertFixtures(dataSource);
    }

    /** Runs both at once (released together by a latch) and answers their results in order. */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    static <T> List<T> atOnce(Callable<? extends T>... steps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(steps.length);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (Callable<? extends T> step : steps) {
                results.add(pool.submit(() -> {
                    go.await();
                    return (T) step.call();
                }));
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    static ExtractableResponse<Response> post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then().extract();
    }

    static JsonPath item(String alert) {
        return given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + alert).then().statusCode(200).extract()
                .jsonPath();
    }
}
