package no.mila.dho.worklist.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import no.mila.dho.worklist.application.IdleClaimJob;
import org.junit.jupiter.api.Test;

/**
 * Hand-overs on the worklist: a nurse takes over what another holds, a team leader reassigns, a job releases idle
 * claims; each with both nurses and the reason in the trail.
 */
@QuarkusTest
class HandOverApiTest {

    static final Duration IDLE = Duration.ofHours(2);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdleClaimJob job;

    String redAlert() throws Exception {
        return new AlertFixtures(dataSource).redAlert();
    }

    String sql(String query, String parameter) throws Exception {
        return new AlertFixtures(dataSource).sql(query, parameter);
    }

    void claimedAgo(String id, Duration ago) throws Exception {
        new AlertFixtures(dataSource).claimedMinutesAgo(id, ago.toMinutes());
    }

    Instant claimedAt(String id) throws Exception {
        return Instant.parse(sql("SELECT to_char(claimed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') "
                + "FROM alert WHERE id = ?::uuid", id));
    }

    static ExtractableResponse<Response> post(String token, String path, Object body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post(path).then().extract();
    }

    @Test
    void a_nurse_takes_over_an_alert_another_holds_saying_why_and_the_trail_names_both() throws Exception {
        String alert = redAlert();
        String nora = Tokens.nurse("take-nora");
        String kari = Tokens.nurse("take-kari");
        assertThat(post(kari, "/api/alerts/" + alert + "/take-over", Map.of("reason", "x")).statusCode())
                .as("nobody holds it: claim it").isEqualTo(409);
        post(nora, "/api/alerts/" + alert + "/claim", null);
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("reason", "  "))) {
            given().auth().oauth2(kari).contentType(ContentType.JSON).body(body)
                    .post("/api/alerts/" + alert + "/take-over").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("reason"));
        }
        assertThat(post(nora, "/api/alerts/" + alert + "/take-over", Map.of("reason", "x")).statusCode())
                .as("one's own").isEqualTo(409);
        given().auth().oauth2(kari).contentType(ContentType.JSON).body(Map.of("reason", "Nora har gått for dagen"))
                .post("/api/alerts/" + alert + "/take-over").then().statusCode(200)
                .body("status", equalTo("CLAIMED")).body("claimedBy", equalTo("Sykepleier take-kari"))
                .body("trail.event", contains("CLAIMED", "TAKEN_OVER"))
                .body("trail[1].actorName", equalTo("Sykepleier take-kari"))
                .body("trail[1].from", equalTo("Sykepleier take-nora"))
                .body("trail[1].to", equalTo("Sykepleier take-kari"))
                .body("trail[1].reason", equalTo("Nora har gått for dagen"));
        assertThat(post(nora, "/api/alerts/" + alert + "/close", Map.of("outcome", "PATIENT_CONTACTED")).statusCode())
                .as("no longer hers").isEqualTo(409);
        assertThat(post(kari, "/api/alerts/" + alert + "/close", Map.of("outcome", "PATIENT_CONTACTED")).statusCode())
                .isEqualTo(200);
        assertThat(post(nora, "/api/alerts/" + alert + "/take-over", Map.of("reason", "x")).statusCode())
                .as("closed").isEqualTo(409);
    }

    @Test
    void a_task_is_taken_over_and_released_when_idle_the_same_way() throws Exception {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String task = UUID.randomUUID().toString();
        sql("INSERT INTO follow_up_task (id, patient_id, episode_id, type, period_key, due_date, detail, status, "
                + "created_at) SELECT ?::uuid, e.patient_id, e.id, 'NO_REPORTS', 'test:' || gen_random_uuid(), "
                + "current_date, 'test', 'OPEN', now() FROM episode e WHERE e.patient_id = '" + patient + "'", task);
        post(Tokens.nurse("task-nora"), "/api/tasks/" + task + "/claim", null);
        given().auth().oauth2(Tokens.nurse("task-kari")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Syk"))
                .post("/api/tasks/" + task + "/take-over").then().statusCode(200)
                .body("claimedBy", equalTo("Sykepleier task-kari")).body("trail[1].from", equalTo("Sykepleier task-nora"));
        sql("UPDATE follow_up_task SET claimed_at = claimed_at - interval '3 hours' WHERE id = ?::uuid", task);
        job.run(Instant.now());
        given().auth().oauth2(Tokens.nurse()).get("/api/tasks/" + task).then().body("status", equalTo("OPEN"))
                .body("trail.event", contains("CLAIMED", "TAKEN_OVER", "IDLE_RELEASED"))
                .body("trail[2].from", equalTo("Sykepleier task-kari"));
    }

    @Test
    void a_team_leader_reassigns_to_a_nurse_the_worklist_knows_and_handles_nothing_herself() throws Exception {
        String alert = redAlert();
        String open = redAlert();
        String nora = Tokens.nurse("lead-nora");
        String kari = Tokens.nurse("lead-kari");
        post(nora, "/api/alerts/" + alert + "/claim", null);
        post(kari, "/api/alerts/" + open + "/claim", null);
        post(kari, "/api/alerts/" + open + "/release", null);
        String lead = Tokens.teamLeader();
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("nurse", "nobody-" + UUID.randomUUID(), "reason", "Fordeling"))
                .post("/api/alerts/" + alert + "/reassign").then().statusCode(400)
                .body("errors.field", contains("nurse"));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("nurse", "lead-kari"))
                .post("/api/alerts/" + alert + "/reassign").then().statusCode(400).body("errors.field", contains("reason"));
        assertThat(post(lead, "/api/alerts/" + alert + "/reassign", Map.of("nurse", "lead-nora", "reason", "x"))
                .statusCode()).as("she holds it already").isEqualTo(409);
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("nurse", "lead-kari", "reason", "Nora er på hjemmebesøk"))
                .post("/api/alerts/" + alert + "/reassign").then().statusCode(200)
                .body("claimedBy", equalTo("Sykepleier lead-kari"))
                .body("trail[1].event", equalTo("REASSIGNED")).body("trail[1].actorName", equalTo("Tara Teamleder"))
                .body("trail[1].actorRole", equalTo("team-leader"))
                .body("trail[1].from", equalTo("Sykepleier lead-nora")).body("trail[1].to", equalTo("Sykepleier lead-kari"));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("nurse", "lead-nora", "reason", "Ledig"))
                .post("/api/alerts/" + open + "/reassign").then().statusCode(200)
                .body("claimedBy", equalTo("Sykepleier lead-nora")).body("trail[2].from", equalTo(null));
        assertThat(post(kari, "/api/alerts/" + alert + "/close", Map.of("outcome", "PATIENT_CONTACTED")).statusCode())
                .isEqualTo(200);

        given().auth().oauth2(lead).get("/api/worklist").then().statusCode(200);
        given().auth().oauth2(lead).get("/api/alerts/" + alert).then().statusCode(200);
        for (String step : new String[] {"claim", "release", "take-over", "close"}) {
            assertThat(post(lead, "/api/alerts/" + open + "/" + step, Map.of("reason", "x", "outcome", "OTHER",
                    "note", "x")).statusCode()).as(step).isEqualTo(403);
        }
        assertThat(post(nora, "/api/alerts/" + open + "/reassign", Map.of("nurse", "lead-kari", "reason", "x"))
                .statusCode()).as("a nurse does not reassign").isEqualTo(403);
    }

    @Test
    void a_claim_idle_longer_than_the_limit_is_released_once_by_the_job_naming_the_former_holder() throws Exception {
        String alert = redAlert();
        post(Tokens.nurse("idle-nora"), "/api/alerts/" + alert + "/claim", null);
        Instant claimed = claimedAt(alert);
        job.run(claimed.plus(IDLE));
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + alert).then().body("status", equalTo("CLAIMED"));
        job.run(claimed.plus(IDLE).plusSeconds(1));
        job.run(claimed.plus(IDLE).plusSeconds(2));
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + alert).then().body("status", equalTo("OPEN"))
                .body("claimedBy", equalTo(null)).body("trail.event", contains("CLAIMED", "IDLE_RELEASED"))
                .body("trail[1].actorName", equalTo("System")).body("trail[1].actorRole", equalTo("system"))
                .body("trail[1].from", equalTo("Sykepleier idle-nora")).body("trail[1].to", equalTo(null))
                .body("trail[1].reason", equalTo("Frigitt automatisk: tatt for mer enn 120 minutter siden uten å bli lukket"));
    }

    @Test
    void idle_counts_from_when_the_item_came_to_its_holder_a_take_over_starts_it_again() throws Exception {
        String alert = redAlert();
        post(Tokens.nurse("again-nora"), "/api/alerts/" + alert + "/claim", null);
        claimedAgo(alert, IDLE.plusMinutes(30));
        post(Tokens.nurse("again-kari"), "/api/alerts/" + alert + "/take-over", Map.of("reason", "Nora er borte"));
        job.run(Instant.now().plus(IDLE).minusSeconds(60));
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + alert).then().body("status", equalTo("CLAIMED"))
                .body("claimedBy", equalTo("Sykepleier again-kari"));
    }

    @Test
    void the_job_leaves_an_item_a_nurse_has_locked_and_releases_it_on_its_next_run() throws Exception {
        String alert = redAlert();
        post(Tokens.nurse("locked-nora"), "/api/alerts/" + alert + "/claim", null);
        claimedAgo(alert, IDLE.plusMinutes(1));
        try (Connection nurse = dataSource.getConnection()) {
            nurse.setAutoCommit(false);
            try (PreparedStatement lock = nurse.prepareStatement("SELECT id FROM alert WHERE id = ?::uuid FOR UPDATE")) {
                lock.setString(1, alert);
                lock.executeQuery().close();
            }
            job.run(Instant.now());
            nurse.rollback();
        }
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + alert).then().body("status", equalTo("CLAIMED"));
        job.run(Instant.now());
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + alert).then().body("status", equalTo("OPEN"));
    }
}
