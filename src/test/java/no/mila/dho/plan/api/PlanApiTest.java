package no.mila.dho.plan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanApiTest {

    static final String NURSE = Tokens.nurse();
    static final String GP = Tokens.physician(PatientFixtures.GP_HPR);

    @Inject
    AgroalDataSource dataSource;

    static ExtractableResponse<Response> draft(String token, String patientId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("goals", List.of("Gå tur med barnebarna")))
                .post("/api/patients/" + patientId + "/plans").then().extract();
    }

    static ExtractableResponse<Response> update(String token, String patientId, ExtractableResponse<Response> plan,
                                               Map<String, List<Map<String, Object>>> zones) {
        Object version = plan.path("version");
        Object goals = plan.path("goals");
        Map<String, Object> body = Map.of("version", version, "goals", goals, "zones", zones);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/patients/" + plan.path("patientId") + "/plans/" + plan.path("id")).then().extract();
    }

    static ExtractableResponse<Response> approve(String token, ExtractableResponse<Response> plan) {
        Object version = plan.path("version");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/patients/" + plan.path("patientId") + "/plans/" + plan.path("id") + "/approval").then().extract();
    }

    /** The zones of a plan as the update body wants them (ids kept). */
    static Map<String, List<Map<String, Object>>> zonesOf(ExtractableResponse<Response> plan) {
        Map<String, List<Map<String, Object>>> zones = new HashMap<>();
        for (String zone : List.of("GREEN", "YELLOW", "RED")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> item : plan.<List<Map<String, Object>>>path("zones." + zone)) {
                Map<String, Object> copy = new HashMap<>(item);
                copy.values().removeIf(v -> v == null);
                items.add(copy);
            }
            zones.put(zone, items);
        }
        return zones;
    }

    static Map<String, Object> medication() {
        return new HashMap<>(Map.of("category", "MEDICATION", "text", "Ta prednisolon", "drug", "Prednisolon",
                "dose", "30 mg daglig", "start", "ved gul sone", "stop", "etter 5 dager"));
    }

    /** A COPD patient in baseline with an approved plan that has a medication item in yellow; {patientId, login}. */
    static String[] patientWithApprovedPlan() {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String login = PatientFixtures.linkLogin(patient);
        ExtractableResponse<Response> draft = draft(NURSE, patient);
        Map<String, List<Map<String, Object>>> zones = zonesOf(draft);
        zones.get("YELLOW").add(0, medication());
        ExtractableResponse<Response> withMedication = update(GP, patient, draft, zones);
        assertThat(withMedication.statusCode()).isEqualTo(200);
        assertThat(approve(GP, withMedication).statusCode()).isEqualTo(200);
        return new String[] {patient, login};
    }

    @Test
    void a_draft_from_the_template_becomes_active_only_by_the_physicians_approval() {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String login = PatientFixtures.linkLogin(patient);
        ExtractableResponse<Response> draft = draft(NURSE, patient);
        assertThat(draft.statusCode()).isEqualTo(201);
        assertThat(draft.<String>path("status")).isEqualTo("DRAFT");
        assertThat(draft.<Boolean>path("templateProvisional")).isTrue();
        assertThat(draft.<List<Object>>path("zones.YELLOW")).isNotEmpty();
        assertThat(draft.<List<String>>path("goals")).containsExactly("Gå tur med barnebarna");

        // a draft is not a plan: the patient and every report answer still say it is being prepared
        given().auth().oauth2(Tokens.patient(login)).get("/api/me/plan").then().statusCode(200)
                .body("available", equalTo(false)).body("message", containsString("under utarbeidelse"));
        given().auth().oauth2(NURSE).get("/api/patients/" + patient + "/plans/active").then().statusCode(404);

        ExtractableResponse<Response> byNurse = approve(NURSE, draft);
        assertThat(byNurse.statusCode()).isEqualTo(403);
        assertThat(approve(Tokens.physician("9299999"), draft).statusCode()).isEqualTo(404);
        ExtractableResponse<Response> approved = approve(GP, draft);
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.<String>path("status")).isEqualTo("ACTIVE");
        assertThat(approved.<String>path("approvedBy.hpr")).isEqualTo(PatientFixtures.GP_HPR);
        assertThat(approved.<List<String>>path("sharedWith")).containsExactlyInAnyOrder("GP", "FOLLOW_UP_SERVICE", "HOME_NURSING");

        given().auth().oauth2(Tokens.patient(login)).get("/api/me/plan").then().statusCode(200)
                .body("available", equalTo(true)).body("planVersion", equalTo(1))
                .body("zones.RED", hasItem(containsString("116 117")));
        given().auth().oauth2(NURSE).queryParam("size", 100).get("/api/patients/" + patient + "/access-log").then()
                .body("items.resource", hasItem("plan POST /api/patients/" + patient + "/plans/" + draft.path("id")
                        + "/approval"));
    }

    @Test
    void a_yellow_report_answers_with_the_yellow_zone_advice_of_the_active_plan() {
        String[] p = patientWithApprovedPlan();
        Map<String, Object> report = new HashMap<>();
        report.put("reportId", UUID.randomUUID().toString());
        report.put("measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        report.put("spo2", Map.of("value", 90, "unit", "%"));
        ExtractableResponse<Response> answer = given().auth().oauth2(Tokens.patient(p[1])).contentType(ContentType.JSON)
                .body(report).post("/api/me/reports").then().statusCode(201).extract();
        assertThat(answer.<String>path("zone")).isEqualTo("YELLOW");
        assertThat(answer.<Boolean>path("selfManagementPlan.available")).isTrue();
        assertThat(answer.<String>path("selfManagementPlan.message")).contains("gul sone");
        List<String> advice = answer.path("selfManagementPlan.advice");
        List<String> yellow = given().auth().oauth2(Tokens.patient(p[1])).get("/api/me/plan").then().extract()
                .path("zones.YELLOW");
        assertThat(advice).isEqualTo(yellow).first().asString()
                .isEqualTo("Prednisolon 30 mg daglig: Ta prednisolon. Start: ved gul sone. Stopp: etter 5 dager.");

        report.put("reportId", UUID.randomUUID().toString());
        report.put("spo2", Map.of("value", 80, "unit", "%"));
        given().auth().oauth2(Tokens.patient(p[1])).contentType(ContentType.JSON).body(report).post("/api/me/reports")
                .then().statusCode(201).body("zone", equalTo("RED"))
                .body("selfManagementPlan.advice", hasItem(containsString("116 117")))
                .body("emergency", containsString("ikke en akuttjeneste"));
    }

    @Test
    void a_nurse_cannot_add_change_or_remove_a_medication_item_but_may_change_the_rest() {
        String patient = patientWithApprovedPlan()[0];
        ExtractableResponse<Response> draft = draft(NURSE, patient);
        assertThat(draft.statusCode()).isEqualTo(201);
        assertThat(draft.<String>path("zones.YELLOW[0].category")).isEqualTo("MEDICATION");

        Map<String, List<Map<String, Object>>> changedDose = zonesOf(draft);
        changedDose.get("YELLOW").get(0).put("dose", "40 mg daglig");
        assertThat(update(NURSE, patient, draft, changedDose).statusCode()).isEqualTo(403);

        Map<String, List<Map<String, Object>>> removed = zonesOf(draft);
        removed.get("YELLOW").remove(0);
        assertThat(update(NURSE, patient, draft, removed).statusCode()).isEqualTo(403);

        Map<String, List<Map<String, Object>>> added = zonesOf(draft);
        added.get("RED").add(medication());
        ExtractableResponse<Response> addedByNurse = update(NURSE, patient, draft, added);
        assertThat(addedByNurse.statusCode()).isEqualTo(403);
        assertThat(addedByNurse.<String>path("detail")).contains("Only a physician");

        // other items: edit, add, remove, reorder (the medication item moves but stays as ordered)
        Map<String, List<Map<String, Object>>> edited = zonesOf(draft);
        edited.get("GREEN").get(0).put("text", "Gå 20 minutter hver dag");
        edited.get("GREEN").remove(1);
        edited.get("YELLOW").add(edited.get("YELLOW").remove(0));
        edited.get("RED").add(Map.of("category", "WHEN_TO_CALL", "text", "Ring datteren din"));
        ExtractableResponse<Response> byNurse = update(NURSE, patient, draft, edited);
        assertThat(byNurse.statusCode()).isEqualTo(200);
        assertThat(byNurse.<String>path("zones.GREEN[0].text")).isEqualTo("Gå 20 minutter hver dag");
        List<String> yellowCategories = byNurse.path("zones.YELLOW.category");
        assertThat(yellowCategories).last().isEqualTo("MEDICATION");

        // the physician may change the medication
        Map<String, List<Map<String, Object>>> byGp = zonesOf(byNurse);
        byGp.get("YELLOW").get(byGp.get("YELLOW").size() - 1).put("dose", "40 mg daglig");
        assertThat(update(GP, patient, byNurse, byGp).statusCode()).isEqualTo(200);
        assertThat(update(GP, patient, byNurse, byGp).statusCode()).as("stale version").isEqualTo(409);
    }

    @Test
    void two_concurrent_approvals_leave_exactly_one_active_plan() throws Exception {
        for (int round = 0; round < 5; round++) {
            String patient = patientWithApprovedPlan()[0];
            ExtractableResponse<Response> draft = draft(NURSE, patient);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return approve(GP, draft).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(count("SELECT count(*) FROM care_plan WHERE patient_id = ?::uuid AND status = 'ACTIVE'", patient))
                    .isEqualTo(1);
            given().auth().oauth2(NURSE).get("/api/patients/" + patient + "/plans").then()
                    .body("status", org.hamcrest.Matchers.contains("ACTIVE", "SUPERSEDED"));
        }
    }

    @Test
    void a_superseded_version_stays_readable_and_unchanged() throws Exception {
        String patient = patientWithApprovedPlan()[0];
        ExtractableResponse<Response> first = given().auth().oauth2(NURSE).get("/api/patients/" + patient + "/plans/active")
                .then().statusCode(200).extract();
        ExtractableResponse<Response> draft = draft(GP, patient);
        Map<String, List<Map<String, Object>>> zones = zonesOf(draft);
        zones.get("GREEN").clear();
        zones.get("GREEN").add(Map.of("category", "ACTIVITY", "text", "Sykle 15 minutter"));
        ExtractableResponse<Response> second = approve(GP, update(GP, patient, draft, zones));
        assertThat(second.<Integer>path("planVersion")).isEqualTo(2);

        ExtractableResponse<Response> firstNow = given().auth().oauth2(NURSE)
                .get("/api/patients/" + patient + "/plans/" + first.path("id")).then().statusCode(200).extract();
        assertThat(firstNow.<String>path("status")).isEqualTo("SUPERSEDED");
        assertThat(firstNow.<Object>path("zones")).isEqualTo(first.path("zones"));
        assertThat(firstNow.<Object>path("approvedAt")).isEqualTo(first.path("approvedAt"));
        // neither the API nor the database lets it change
        ExtractableResponse<Response> edit = update(GP, patient, first, zonesOf(first));
        assertThat(edit.statusCode()).isEqualTo(409);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE care_plan_item SET text_nb = 'x' WHERE plan_id = ?::uuid")) {
            s.setString(1, first.path("id"));
            assertThatThrownBy(s::executeUpdate).hasMessageContaining("cannot change");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE care_plan SET goals = '[\"x\"]' WHERE id = ?::uuid")) {
            s.setString(1, first.path("id"));
            assertThatThrownBy(s::executeUpdate).hasMessageContaining("never edited");
        }
    }

    @Test
    void coordinators_see_whether_there_is_a_plan_and_nothing_of_it() {
        String patient = patientWithApprovedPlan()[0];
        given().auth().oauth2(Tokens.coordinator("3209")).get("/api/patients/" + patient + "/plan-status").then()
                .statusCode(200).body("hasApprovedPlan", equalTo(true)).body("planVersion", equalTo(1))
                .body("zones", nullValue()).body("goals", nullValue());
        given().auth().oauth2(Tokens.coordinator("3228")).get("/api/patients/" + patient + "/plan-status").then()
                .statusCode(404);
        for (String path : List.of("/plans", "/plans/active")) {
            given().auth().oauth2(Tokens.coordinator("3209")).get("/api/patients/" + patient + path).then().statusCode(403);
            given().auth().oauth2(Tokens.admin()).get("/api/patients/" + patient + path).then().statusCode(403);
            given().auth().oauth2(Tokens.physician("9299999")).get("/api/patients/" + patient + path).then().statusCode(404);
        }
        assertThat(draft(Tokens.coordinator("3209"), patient).statusCode()).isEqualTo(403);
    }

    @Test
    void a_plan_is_made_during_follow_up_and_one_draft_at_a_time() {
        String patient = PatientFixtures.registerPatient("3209");
        PatientFixtures.refer(patient, "COPD");
        ExtractableResponse<Response> early = draft(NURSE, patient);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.<String>path("type")).isEqualTo("urn:dho:problem:not-in-follow-up");

        String allocated = PatientFixtures.allocatedPatient("3209", "HEART_FAILURE")[0];
        ExtractableResponse<Response> first = draft(NURSE, allocated);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(draft(GP, allocated).statusCode()).isEqualTo(409);
        Map<String, List<Map<String, Object>>> noRed = zonesOf(first);
        noRed.get("RED").clear();
        ExtractableResponse<Response> withoutRed = approve(GP, update(NURSE, allocated, first, noRed));
        assertThat(withoutRed.statusCode()).isEqualTo(400);
        assertThat(withoutRed.<List<String>>path("errors.field")).containsExactly("zones.RED");
    }

    @Test
    void a_zone_sent_as_null_is_refused_naming_the_zone() {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        ExtractableResponse<Response> draft = draft(NURSE, patient);
        Map<String, List<Map<String, Object>>> zones = zonesOf(draft);
        zones.put("GREEN", null);
        ExtractableResponse<Response> refused = update(NURSE, patient, draft, zones);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<List<String>>path("errors.field")).containsExactly("zones.GREEN");

        Map<String, Object> template = new HashMap<>();
        template.put("GREEN", null);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("zones", template))
                .put("/api/plan-templates/COPD").then().statusCode(400).body("errors.field", hasItem("zones.GREEN"));
    }

    private long count(String sql, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
