package no.mila.dho.worklist.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.TaskFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorklistApiTest {

    @Inject
    AgroalDataSource dataSource;

    static final LocalDate TODAY = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC());

    /** A COPD patient in follow-up in {@code municipality}: {patientId, login}. */
    static String[] patient(String municipality) {
        String id = PatientFixtures.allocatedPatient(municipality, "COPD")[0];
        return new String[] {id, PatientFixtures.linkLogin(id)};
    }

    /** Sends a report with this SpO2 (96 green, 90 yellow, 80 red); returns the alert's id. */
    String report(String[] patient, int spo2) throws Exception {
        Map<String, Object> body = new HashMap<>();
        String reportId = UUID.randomUUID().toString();
        body.put("reportId", reportId);
        body.put("measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        body.put("spo2", Map.of("value", spo2, "unit", "%"));
        given().auth().oauth2(Tokens.patient(patient[1])).contentType(ContentType.JSON).body(body)
                .post("/api/me/reports").then().statusCode(201);
        return single("SELECT a.id FROM alert a JOIN report r ON r.id = a.report_id WHERE r.client_report_id = ?::uuid",
                reportId);
    }

    String task(String patientId, String type, LocalDate due) throws Exception {
        return new TaskFixtures(dataSource).task(patientId, type, due);
    }

    String single(String sql, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    static ExtractableResponse<Response> post(String token, String path) {
        return given().auth().oauth2(token).post(path).then().extract();
    }

    @Test
    void red_then_yellow_then_tasks_due_then_green_oldest_first_and_a_patient_once_at_their_worst() throws Exception {
        String nurse = Tokens.nurse("order-nurse-" + UUID.randomUUID());
        String[] a = patient("3209");
        String[] b = patient("3228");
        String[] c = patient("3209");
        String[] d = patient("3209");
        String[] f = patient("3209");
        List<String> alerts = new ArrayList<>();
        alerts.add(report(c, 96));          // C green, oldest of all
        alerts.add(report(a, 96));          // A: green, yellow, red: shown once, at red
        alerts.add(report(a, 90));
        alerts.add(report(b, 90));          // B yellow
        alerts.add(report(a, 80));
        alerts.add(report(f, 80));          // F red, after A's red
        List<String> tasks = List.of(task(d[0], "NO_REPORTS", TODAY.minusDays(1)),
                task(d[0], "MONTHLY_CONTACT", TODAY.minusDays(3)), task(d[0], "GOAL_CONVERSATION", TODAY.plusDays(1)));
        for (String alert : alerts) {
            assertThat(post(nurse, "/api/alerts/" + alert + "/claim").statusCode()).isEqualTo(200);
        }
        for (String task : tasks) {
            assertThat(post(nurse, "/api/tasks/" + task + "/claim").statusCode()).isEqualTo(200);
        }
        ExtractableResponse<Response> list = given().auth().oauth2(nurse).queryParam("assigned", "ME")
                .get("/api/worklist").then().statusCode(200).extract();
        assertThat(list.<List<String>>path("items.patientId")).containsExactly(a[0], f[0], b[0], d[0], d[0], c[0]);
        assertThat(list.<List<String>>path("items.level")).containsExactly("RED", "RED", "YELLOW", "TASK", "TASK", "GREEN");
        assertThat(list.<List<String>>path("items.taskType")).containsExactly(null, null, null, "MONTHLY_CONTACT",
                "NO_REPORTS", null);
        assertThat(list.<Integer>path("items[0].openAlerts")).isEqualTo(3);
        assertThat(list.<List<String>>path("items[0].reasons")).containsExactly("Oksygenmetning (SpO2) 80 % er under den røde grensen 88 %.");
        assertThat(list.<List<Object>>path("items[0].latestValues")).isNotEmpty();
        assertThat(list.<Boolean>path("items[0].claimedByMe")).isTrue();
        assertThat(list.<Integer>path("totalItems")).isEqualTo(6);
        assertThat(list.<Map<String, Integer>>path("counts")).containsEntry("RED", 2).containsEntry("YELLOW", 1)
                .containsEntry("TASK", 2).containsEntry("GREEN", 1);

        // filters: municipality, zone, task type, paging
        given().auth().oauth2(nurse).queryParam("assigned", "ME").queryParam("municipality", "3228").get("/api/worklist")
                .then().body("items.patientId", contains(b[0]));
        given().auth().oauth2(nurse).queryParam("assigned", "ME").queryParam("zone", "RED").get("/api/worklist")
                .then().body("items.patientId", contains(a[0], f[0]));
        given().auth().oauth2(nurse).queryParam("assigned", "ME").queryParam("taskType", "NO_REPORTS")
                .get("/api/worklist").then().body("items.id", contains(tasks.get(0)));
        given().auth().oauth2(nurse).queryParam("assigned", "ME").queryParam("size", 2).queryParam("page", 1)
                .get("/api/worklist").then().body("items.patientId", contains(b[0], d[0])).body("totalItems", equalTo(6));
        given().auth().oauth2(nurse).queryParam("zone", "PURPLE").get("/api/worklist").then().statusCode(400);
    }

    @Test
    void the_tasks_of_an_ended_pathway_leave_the_worklist_its_alerts_stay() throws Exception {
        String nurse = Tokens.nurse("ended-nurse-" + UUID.randomUUID());
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String login = PatientFixtures.linkLogin(patient);
        String alert = report(new String[] {patient, login}, 80);
        String task = task(patient, "NO_REPORTS", TODAY);
        post(nurse, "/api/alerts/" + alert + "/claim");
        post(nurse, "/api/tasks/" + task + "/claim");
        given().auth().oauth2(nurse).queryParam("assigned", "ME").get("/api/worklist").then()
                .body("items.kind", contains("ALERT", "TASK"));
        String episode = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient + "/episodes").then()
                .extract().path("[0].id");
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("reason", "DECEASED", "reasonText", "Død", "plannedEndDate", TODAY.toString(),
                        "coordinatorInformed", true))
                .post("/api/patients/" + patient + "/episodes/" + episode + "/end").then().statusCode(200);
        given().auth().oauth2(nurse).queryParam("assigned", "ME").get("/api/worklist").then()
                .body("items.kind", contains("ALERT"));
    }

    @Test
    void two_nurses_claiming_the_same_alert_exactly_one_wins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String alert = report(patient("3209"), 90);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> claims = new ArrayList<>();
            for (String nurse : List.of(Tokens.nurse("claim-a"), Tokens.nurse("claim-b"))) {
                claims.add(pool.submit(() -> {
                    go.await();
                    return post(nurse, "/api/alerts/" + alert + "/claim").statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> claim : claims) {
                statuses.add(claim.get());
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
    }

    @Test
    void a_closed_alert_has_its_trail_and_never_changes() throws Exception {
        String alert = report(patient("3209"), 80);
        String nora = Tokens.nurse("nurse-nora");
        String other = Tokens.nurse("nurse-other");
        Map<String, Object> close = Map.of("outcome", "PATIENT_CONTACTED", "note", "Ringte, økte inhalasjoner etter planen");
        assertThat(given().auth().oauth2(nora).contentType(ContentType.JSON).body(close)
                .post("/api/alerts/" + alert + "/close").then().extract().statusCode()).as("claim first").isEqualTo(409);
        post(nora, "/api/alerts/" + alert + "/claim");
        assertThat(given().auth().oauth2(other).contentType(ContentType.JSON).body(close)
                .post("/api/alerts/" + alert + "/close").then().extract().statusCode()).as("not the holder").isEqualTo(409);
        given().auth().oauth2(nora).contentType(ContentType.JSON).body(Map.of("outcome", "OTHER"))
                .post("/api/alerts/" + alert + "/close").then().statusCode(400);
        given().auth().oauth2(nora).contentType(ContentType.JSON).body(close).post("/api/alerts/" + alert + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("PATIENT_CONTACTED"))
                .body("trail.event", contains("CLAIMED", "CLOSED")).body("trail.actorName", contains(
                        "Sykepleier nurse-nora", "Sykepleier nurse-nora"));
        assertThat(post(other, "/api/alerts/" + alert + "/claim").statusCode()).isEqualTo(409);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE alert SET note = 'changed' WHERE id = ?::uuid")) {
            s.setString(1, alert);
            assertThatThrownBy(s::executeUpdate).hasMessageContaining("closed");
        }
    }

    @Test
    void green_alerts_are_acknowledged_in_bulk_except_where_the_gp_left_a_message() throws Exception {
        String[] flagged = patient("3209");
        String[] plain = patient("3209");
        String flaggedAlert = report(flagged, 96);
        String plainAlert = report(plain, 96);
        String yellowAlert = report(plain, 90);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of("text", "Ring meg om medisinene"))
                .post("/api/patients/" + flagged[0] + "/gp-messages").then().statusCode(201);
        ExtractableResponse<Response> result = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("alertIds", List.of(flaggedAlert, plainAlert, yellowAlert)))
                .post("/api/alerts/acknowledgement").then().statusCode(200).extract();
        assertThat(result.<Integer>path("acknowledged")).isEqualTo(1);
        assertThat(result.<List<String>>path("skipped.alertId")).containsExactlyInAnyOrder(flaggedAlert, yellowAlert);
        assertThat(result.<List<String>>path("skipped.reason")).anyMatch(r -> r.contains("message from the GP"));
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + plainAlert).then()
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("ACKNOWLEDGED_WITHOUT_CONTACT"));
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + flaggedAlert).then().body("status", equalTo("OPEN"));
    }

    @Test
    void another_municipalitys_overview_answers_a_coordinator_404_like_its_equipment_and_like_no_municipality() {
        String coordinator = Tokens.coordinator("3209");
        String overview = given().auth().oauth2(coordinator).get("/api/municipalities/3228/overview").then()
                .statusCode(404).contentType("application/problem+json").extract().path("detail");
        String nowhere = given().auth().oauth2(coordinator).get("/api/municipalities/9998/overview").then()
                .statusCode(404).extract().path("detail");
        String equipment = given().auth().oauth2(coordinator).get("/api/municipalities/3228/equipment").then()
                .statusCode(404).extract().path("detail");
        assertThat(overview).isEqualTo(equipment);
        assertThat(overview.replace("3228", "N")).isEqualTo(nowhere.replace("9998", "N"));
    }

    @Test
    void a_coordinator_sees_their_municipalitys_patients_and_no_alert_text() throws Exception {
        String[] mine = patient("3209");
        String[] theirs = patient("3228");
        report(mine, 80);
        report(theirs, 80);
        task(mine[0], "NO_REPORTS", TODAY);
        List<Map<String, Object>> rows = new ArrayList<>();
        int page = 0;
        while (true) {
            ExtractableResponse<Response> r = given().auth().oauth2(Tokens.coordinator("3209")).queryParam("size", 100)
                    .queryParam("page", page).get("/api/municipalities/3209/overview").then().statusCode(200).extract();
            rows.addAll(r.path("items"));
            if (++page >= r.<Integer>path("totalPages")) {
                break;
            }
        }
        assertThat(rows).extracting(row -> row.get("patientId")).contains(mine[0]).doesNotContain(theirs[0]);
        Map<String, Object> row = rows.stream().filter(x -> mine[0].equals(x.get("patientId"))).findFirst().orElseThrow();
        assertThat(row).containsKeys("state", "lastReportAt", "equipment", "noReportsTaskDue")
                .doesNotContainKeys("zone", "reasons", "note", "latestValues");
        assertThat(row.get("noReportsTaskDue")).isEqualTo(TODAY.toString());
        String body = given().auth().oauth2(Tokens.coordinator("3209")).queryParam("size", 100)
                .get("/api/municipalities/3209/overview").then().extract().asString();
        assertThat(body).doesNotContain("grensen").doesNotContain("SpO2");
        for (String refused : List.of(Tokens.coordinator("3209"), Tokens.patient(mine[1]), Tokens.admin(),
                Tokens.physician(PatientFixtures.GP_HPR))) {
            given().auth().oauth2(refused).get("/api/worklist").then().statusCode(403);
        }
        given().get("/api/worklist").then().statusCode(401);
        given().auth().oauth2(Tokens.coordinator("3209")).post("/api/alerts/" + UUID.randomUUID() + "/claim").then()
                .statusCode(403);
    }

    @Test
    void the_specialist_meeting_lists_flagged_patients_with_values_and_records_the_outcome() throws Exception {
        String[] p = patient("3209");
        report(p, 90);
        String item = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("department", "AHUS_LUNG", "reason", "Gul i ti dager"))
                .post("/api/patients/" + p[0] + "/specialist-meeting").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> entries = given().auth().oauth2(Tokens.physician(PatientFixtures.GP_HPR))
                .queryParam("department", "AHUS_LUNG").get("/api/specialist-meeting").then().statusCode(200)
                .extract().path("$");
        Map<String, Object> entry = entries.stream().filter(e -> item.equals(e.get("id"))).findFirst().orElseThrow();
        assertThat(entry.get("openAlerts")).isEqualTo(1);
        assertThat((List<?>) entry.get("latestValues")).isNotEmpty();
        given().auth().oauth2(Tokens.physician("9299999")).queryParam("department", "AHUS_LUNG")
                .get("/api/specialist-meeting").then().statusCode(200).body("id", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem(item)));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "URGENT_OUTPATIENT_APPOINTMENT", "note", "Time hos lungelege neste uke"))
                .post("/api/specialist-meeting/" + item + "/outcome").then().statusCode(204);
        given().auth().oauth2(Tokens.nurse()).queryParam("department", "AHUS_LUNG").get("/api/specialist-meeting")
                .then().body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(item)));
    }

    String bringUp(String patientId, String department) {
        return given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("department", department, "reason", "Drøftes på møtet"))
                .post("/api/patients/" + patientId + "/specialist-meeting").then().statusCode(201).extract().path("id");
    }

    List<String> meetingItems(String token, String department) {
        return given().auth().oauth2(token).queryParam("department", department).get("/api/specialist-meeting")
                .then().statusCode(200).extract().path("id");
    }

    @Test
    void a_nurse_sees_every_patient_brought_up_for_a_department_and_only_that_department() {
        String lung = bringUp(PatientFixtures.registerPatient("3209"), "AHUS_LUNG");
        String heart = bringUp(PatientFixtures.registerPatient("3228"), "AHUS_HEART");
        assertThat(meetingItems(Tokens.nurse(), "AHUS_LUNG")).contains(lung).doesNotContain(heart);
        assertThat(meetingItems(Tokens.nurse(), "AHUS_HEART")).contains(heart).doesNotContain(lung);
    }

    @Test
    void a_physician_sees_only_their_own_patients_on_the_meeting_list() {
        String own = bringUp(PatientFixtures.registerPatient("3209"), "AHUS_LUNG");
        String othersPatient = bringUp(PatientFixtures.registerPatient("3209", "Annen", "Lege", "9299998"), "AHUS_LUNG");
        assertThat(meetingItems(Tokens.physician(PatientFixtures.GP_HPR), "AHUS_LUNG")).contains(own)
                .doesNotContain(othersPatient);
        assertThat(meetingItems(Tokens.physician("9299998"), "AHUS_LUNG")).contains(othersPatient).doesNotContain(own);
    }

    @Test
    void the_meeting_list_without_a_department_or_with_an_unknown_one_is_refused_naming_department() {
        for (String token : List.of(Tokens.nurse(), Tokens.physician(PatientFixtures.GP_HPR))) {
            given().auth().oauth2(token).get("/api/specialist-meeting").then().statusCode(400)
                    .body("type", equalTo("urn:dho:problem:validation-failed")).body("errors.field", contains("department"));
            given().auth().oauth2(token).queryParam("department", "AHUS_NOPE' OR '1'='1").get("/api/specialist-meeting")
                    .then().statusCode(400).body("errors.field", contains("department"));
        }
    }
}
