package no.mila.dho.threshold.api;

import static io.restassured.RestAssured.given;
import static no.mila.dho.testsupport.ThresholdFixtures.copdProposal;
import static no.mila.dho.testsupport.ThresholdFixtures.propose;
import static no.mila.dho.testsupport.ThresholdFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThresholdChangeApiTest {

    static final String GP = Tokens.physician(PatientFixtures.GP_HPR);
    static final String NURSE = Tokens.nurse();
    static final String SECOND_NURSE = Tokens.nurse("nurse-2");

    static String requestId(ExtractableResponse<Response> r) {
        return r.path("id");
    }

    static long version(ExtractableResponse<Response> r) {
        return ((Number) r.path("version")).longValue();
    }

    static String state(String patientId) {
        return given().auth().oauth2(NURSE).get("/api/patients/" + patientId + "/episodes")
                .then().statusCode(200).extract().path("[0].state");
    }

    @Test
    void proposed_ordered_and_verified_by_three_people_comes_into_force_and_ends_the_baseline() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        String p = ids[0];
        assertThat(state(p)).isEqualTo("ACTIVE_BASELINE");

        ExtractableResponse<Response> proposed = propose(NURSE, p, copdProposal("14-day baseline review", 86, 90));
        assertThat(proposed.statusCode()).isEqualTo(201);
        assertThat(proposed.<String>path("status")).isEqualTo("PROPOSED");
        assertThat(proposed.<List<Map<String, Object>>>path("changes")).extracting(c -> c.get("field"))
                .containsExactly("SPO2.redLow", "SPO2.yellowLow");
        String id = requestId(proposed);

        // nothing is in force yet: a report is still evaluated against version 1
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/thresholds").then().statusCode(200)
                .body("version", equalTo(1));

        ExtractableResponse<Response> ordered = step(GP, p, id, "order", version(proposed));
        assertThat(ordered.statusCode()).isEqualTo(200);
        assertThat(ordered.<String>path("status")).isEqualTo("ORDERED");
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/thresholds").then().body("version", equalTo(1));

        ExtractableResponse<Response> verified = step(SECOND_NURSE, p, id, "verification", version(ordered));
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.<String>path("status")).isEqualTo("VERIFIED");
        assertThat(verified.<Integer>path("resultingVersion")).isEqualTo(2);
        assertThat(verified.<List<String>>path("trail.step")).containsExactly("PROPOSED", "ORDERED", "VERIFIED");
        assertThat(verified.<List<String>>path("trail.actorSubject")).containsExactly("nurse-1", "physician-9200001", "nurse-2");
        assertThat(verified.<List<String>>path("trail.actorHpr")).element(1).isEqualTo("9200001");

        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/thresholds").then().statusCode(200)
                .body("version", equalTo(2)).body("provisional", equalTo(false))
                .body("limits.SPO2.redLow", equalTo(86.0f)).body("limits.SPO2.yellowLow", equalTo(90.0f));
        assertThat(state(p)).isEqualTo("ACTIVE");

        // the history: version 2 from the request with its whole trail and the difference; version 1 the default copy
        given().auth().oauth2(GP).get("/api/patients/" + p + "/threshold-versions").then().statusCode(200)
                .body("version", contains(2, 1))
                .body("status", contains("IN_FORCE", "SUPERSEDED"))
                .body("origin", contains("CHANGE_REQUEST", "PATHWAY_DEFAULT"))
                .body("[0].changesFromPrevious.field", contains("SPO2.redLow", "SPO2.yellowLow"))
                .body("[0].changesFromPrevious[0].from", equalTo(88.0f)).body("[0].changesFromPrevious[0].to", equalTo(86.0f))
                .body("[0].changeRequest.trail.step", contains("PROPOSED", "ORDERED", "VERIFIED"))
                .body("[0].changeRequest.reason", equalTo("14-day baseline review"))
                .body("[1].sourceDefaultVersion", org.hamcrest.Matchers.notNullValue());

        // every step is in the access log
        given().auth().oauth2(NURSE).queryParam("size", 100).get("/api/patients/" + p + "/access-log").then()
                .statusCode(200).body("items.resource", hasItems("threshold-change POST /api/patients/" + p
                        + "/threshold-changes", "threshold-change POST /api/patients/" + p + "/threshold-changes/"
                        + id + "/verification"));
    }

    @Test
    void a_report_after_verification_is_evaluated_against_the_new_version() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        String login = PatientFixtures.linkLogin(ids[0]);
        Map<String, Object> spo2_87 = new HashMap<>(Map.of("spo2", Map.of("value", 87, "unit", "%")));
        spo2_87.put("reportId", UUID.randomUUID().toString());
        spo2_87.put("measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON).body(spo2_87).post("/api/me/reports")
                .then().statusCode(201).body("zone", equalTo("RED"));

        ExtractableResponse<Response> ordered = propose(GP, ids[0], withOrder(copdProposal("Persistently 86-88 %", 85, 88)));
        assertThat(ordered.<String>path("status")).isEqualTo("ORDERED");
        // the dry run shows the earlier red report green... no: yellow (87 < 88) under the proposal
        given().auth().oauth2(NURSE).get("/api/patients/" + ids[0] + "/threshold-changes/" + requestId(ordered)
                + "/preview").then().statusCode(200)
                .body("reports", equalTo(1)).body("changed", equalTo(1))
                .body("items[0].storedZone", equalTo("RED")).body("items[0].proposedZone", equalTo("YELLOW"))
                .body("storedZones.RED", equalTo(1)).body("proposedZones.YELLOW", equalTo(1));
        assertThat(step(NURSE, ids[0], requestId(ordered), "verification", version(ordered)).statusCode()).isEqualTo(200);

        spo2_87.put("reportId", UUID.randomUUID().toString());
        given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON).body(spo2_87).post("/api/me/reports")
                .then().statusCode(201).body("zone", equalTo("YELLOW"));
    }

    static Map<String, Object> withOrder(Map<String, Object> body) {
        body.put("order", true);
        body.put("orderNote", "Ordered at the weekly meeting");
        return body;
    }

    @Test
    void nobody_verifies_what_they_entered_or_ordered() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        // a physician who proposes and orders in one step cannot verify
        ExtractableResponse<Response> ordered = propose(GP, ids[0], withOrder(copdProposal("Baseline", 86, 90)));
        ExtractableResponse<Response> self = step(GP, ids[0], requestId(ordered), "verification", version(ordered));
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.<String>path("type")).isEqualTo("urn:dho:problem:four-eyes-required");
        step(GP, ids[0], requestId(ordered), "rejection", version(ordered)).statusCode();

        // the nurse who entered the values cannot verify what the GP ordered
        ExtractableResponse<Response> proposed = propose(NURSE, ids[0], copdProposal("Baseline", 86, 90));
        assertThat(proposed.statusCode()).isEqualTo(201);
        ExtractableResponse<Response> byGp = step(GP, ids[0], requestId(proposed), "order", version(proposed));
        ExtractableResponse<Response> byEntrant = step(NURSE, ids[0], requestId(proposed), "verification", version(byGp));
        assertThat(byEntrant.statusCode()).isEqualTo(403);
        assertThat(byEntrant.<String>path("type")).isEqualTo("urn:dho:problem:four-eyes-required");
        given().auth().oauth2(NURSE).get("/api/patients/" + ids[0] + "/thresholds").then().body("version", equalTo(1));
    }

    @Test
    void only_the_patients_physician_orders_and_patients_coordinators_and_admins_take_no_step() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        String p = ids[0];
        String login = PatientFixtures.linkLogin(p);
        Map<String, Object> body = copdProposal("Baseline", 86, 90);
        for (String refused : List.of(Tokens.patient(login), Tokens.coordinator("3209"), Tokens.admin())) {
            assertThat(propose(refused, p, body).statusCode()).isEqualTo(403);
        }
        assertThat(propose(Tokens.physician("9299999"), p, body).statusCode()).isEqualTo(404);
        ExtractableResponse<Response> proposed = propose(NURSE, p, body);
        String id = requestId(proposed);
        long v = version(proposed);
        ExtractableResponse<Response> nurseOrders = step(SECOND_NURSE, p, id, "order", v);
        assertThat(nurseOrders.statusCode()).isEqualTo(403);
        assertThat(nurseOrders.<String>path("detail")).contains("Only the patient's GP or responsible physician");
        assertThat(step(Tokens.physician("9299999"), p, id, "order", v).statusCode()).isEqualTo(404);
        for (String refused : List.of(Tokens.patient(login), Tokens.coordinator("3209"), Tokens.admin())) {
            for (String s : List.of("order", "verification", "rejection", "withdrawal")) {
                assertThat(step(refused, p, id, s, v).statusCode()).as(s).isEqualTo(403);
            }
            given().auth().oauth2(refused).get("/api/patients/" + p + "/threshold-versions").then().statusCode(403);
            given().auth().oauth2(refused).get("/api/patients/" + p + "/threshold-changes").then().statusCode(403);
        }
        // a nurse cannot verify what is not ordered yet
        ExtractableResponse<Response> early = step(SECOND_NURSE, p, id, "verification", v);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.<String>path("type")).isEqualTo("urn:dho:problem:illegal-transition");
    }

    @Test
    void one_open_request_per_patient_and_a_stale_version_is_refused() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        ExtractableResponse<Response> first = propose(NURSE, ids[0], copdProposal("Baseline", 86, 90));
        ExtractableResponse<Response> second = propose(GP, ids[0], copdProposal("Another", 85, 89));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.<String>path("type")).isEqualTo("urn:dho:problem:change-request-open");
        assertThat(second.<String>path("detail")).contains(requestId(first));

        ExtractableResponse<Response> stale = step(GP, ids[0], requestId(first), "order", version(first) + 1);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.<String>path("type")).isEqualTo("urn:dho:problem:concurrent-modification");

        ExtractableResponse<Response> withdrawn = step(NURSE, ids[0], requestId(first), "withdrawal", version(first));
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.<String>path("status")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.<String>path("closeReason")).isEqualTo("Test: withdrawal");
        assertThat(propose(GP, ids[0], copdProposal("Another", 85, 89)).statusCode()).isEqualTo(201);
    }

    @Test
    void two_concurrent_verifications_of_the_same_request_exactly_one_succeeds() throws Exception {
        for (int round = 0; round < 5; round++) {
            String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
            ExtractableResponse<Response> ordered = propose(GP, ids[0], withOrder(copdProposal("Baseline", 86, 90)));
            String id = requestId(ordered);
            long v = version(ordered);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (String verifier : List.of(NURSE, SECOND_NURSE)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return step(verifier, ids[0], id, "verification", v).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            given().auth().oauth2(NURSE).get("/api/patients/" + ids[0] + "/threshold-versions").then()
                    .body("version", contains(2, 1)).body("status", contains("IN_FORCE", "SUPERSEDED"))
                    .body("[0].changeRequest.trail.step", contains("PROPOSED", "ORDERED", "VERIFIED"));
        }
    }

    @Test
    void unusable_or_incomplete_limits_are_refused_field_by_field() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        Map<String, Object> body = copdProposal("Baseline", 92, 88);
        @SuppressWarnings("unchecked")
        Map<String, Object> limits = (Map<String, Object>) body.get("limits");
        limits.remove("PULSE");
        limits.put("BODY_TEMPERATURE", no.mila.dho.testsupport.ThresholdFixtures.limits(35.0, 35.5, 38.0, 50));
        ExtractableResponse<Response> refused = propose(NURSE, ids[0], body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.<List<String>>path("errors.field"))
                .containsExactlyInAnyOrder("limits.SPO2", "limits.PULSE", "limits.BODY_TEMPERATURE");
        given().auth().oauth2(NURSE).get("/api/patients/" + ids[0] + "/threshold-changes").then().body("size()", equalTo(0));

        Map<String, Object> noReason = copdProposal(" ", 86, 90);
        assertThat(propose(NURSE, ids[0], noReason).<List<String>>path("errors.field")).contains("reason");

        // removing a measured type's limits is possible, but only on purpose: stated as no longer measured
        Map<String, Object> removal = copdProposal("No temperature limits", 86, 90);
        @SuppressWarnings("unchecked")
        Map<String, Object> removalLimits = (Map<String, Object>) removal.get("limits");
        removalLimits.put("BODY_TEMPERATURE", Map.of());
        assertThat(propose(NURSE, ids[0], removal).<List<String>>path("errors.field"))
                .containsExactly("limits.BODY_TEMPERATURE");
        removalLimits.remove("BODY_TEMPERATURE");
        removal.put("notMeasured", Map.of("BODY_TEMPERATURE", "Pasienten måler ikke temperatur"));
        ExtractableResponse<Response> accepted = propose(NURSE, ids[0], removal);
        assertThat(accepted.statusCode()).isEqualTo(201);
        assertThat(accepted.<List<String>>path("changes.field")).contains("BODY_TEMPERATURE.redLow", "BODY_TEMPERATURE.redHigh");
    }

    @Test
    void heart_failure_proposals_keep_the_weight_trend_rule() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "HEART_FAILURE");
        Map<String, Object> limits = new HashMap<>();
        limits.put("SYSTOLIC", no.mila.dho.testsupport.ThresholdFixtures.limits(90, 100, 160, 180));
        limits.put("PULSE", no.mila.dho.testsupport.ThresholdFixtures.limits(40, 50, 100, 120));
        limits.put("SPO2", no.mila.dho.testsupport.ThresholdFixtures.limits(90, 94, null, null));
        limits.put("DIASTOLIC", no.mila.dho.testsupport.ThresholdFixtures.limits(40, 50, 100, 110));
        Map<String, Object> body = new HashMap<>(Map.of("reason", "Baseline", "limits", limits));
        ExtractableResponse<Response> refused = propose(NURSE, ids[0], body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.<List<String>>path("errors.field")).containsExactly("weightTrend");
        body.put("weightTrend", Map.of("yellowGainKg", 1.5, "redGainKg", 2.5, "windowDays", 3));
        ExtractableResponse<Response> proposed = propose(NURSE, ids[0], body);
        assertThat(proposed.statusCode()).isEqualTo(201);
        assertThat(proposed.<List<String>>path("changes.field"))
                .containsExactly("weightTrend.yellowGainKg", "weightTrend.redGainKg");
    }

    @Test
    void an_ended_episode_accepts_no_change_but_an_open_request_can_still_be_withdrawn() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        ExtractableResponse<Response> ordered = propose(GP, ids[0], withOrder(copdProposal("Baseline", 86, 90)));
        given().auth().oauth2(NURSE).contentType(ContentType.JSON)
                .body(Map.of("reason", "DECEASED", "reasonText", "Died at home",
                        "plannedEndDate", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString(),
                        "coordinatorInformed", true))
                .post("/api/patients/" + ids[0] + "/episodes/" + ids[1] + "/end").then().statusCode(200);
        ExtractableResponse<Response> verify = step(NURSE, ids[0], requestId(ordered), "verification", version(ordered));
        assertThat(verify.statusCode()).isEqualTo(409);
        assertThat(verify.<String>path("type")).isEqualTo("urn:dho:problem:not-in-follow-up");
        assertThat(propose(NURSE, ids[0], copdProposal("x", 86, 90)).statusCode()).isEqualTo(409);
        assertThat(step(GP, ids[0], requestId(ordered), "withdrawal", version(ordered)).statusCode()).isEqualTo(200);
    }

    @Test
    void work_queues_show_what_waits_for_the_caller() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        String other = PatientFixtures.registerPatient("3209", "Annen", "Lege", "9277777");
        String otherEpisode = PatientFixtures.refer(other, "COPD");
        PatientFixtures.assess(other, otherEpisode, PatientFixtures.answers("COPD"));
        given().auth().oauth2(NURSE).contentType(ContentType.JSON).body(PatientFixtures.allocation())
                .post("/api/patients/" + other + "/episodes/" + otherEpisode + "/allocation").then().statusCode(200);

        ExtractableResponse<Response> proposed = propose(NURSE, ids[0], copdProposal("Baseline", 86, 90));
        String mine = requestId(proposed);
        String notMine = requestId(propose(NURSE, other, copdProposal("Baseline", 86, 90)));
        List<String> gpQueue = given().auth().oauth2(GP).queryParam("awaiting", "ORDER").queryParam("size", 100)
                .get("/api/threshold-changes").then().statusCode(200).extract().path("items.id");
        assertThat(gpQueue).contains(mine).doesNotContain(notMine);

        ExtractableResponse<Response> ordered = step(GP, ids[0], mine, "order", version(proposed));
        assertThat(ordered.statusCode()).isEqualTo(200);
        List<String> entrantQueue = given().auth().oauth2(NURSE).queryParam("awaiting", "VERIFICATION")
                .queryParam("size", 100).get("/api/threshold-changes").then().statusCode(200).extract().path("items.id");
        assertThat(entrantQueue).doesNotContain(mine);
        List<String> secondQueue = given().auth().oauth2(SECOND_NURSE).queryParam("awaiting", "VERIFICATION")
                .queryParam("size", 100).get("/api/threshold-changes").then().statusCode(200).extract().path("items.id");
        assertThat(secondQueue).contains(mine);
        given().auth().oauth2(GP).queryParam("awaiting", "SOMETHING").get("/api/threshold-changes").then()
                .statusCode(400);
    }

    @Test
    void a_threshold_review_is_due_after_the_14_day_baseline() {
        LocalDate today = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC());
        String due = allocatedFrom(today.minusDays(16));
        String notYet = allocatedFrom(today.minusDays(13));
        List<Map<String, Object>> items = given().auth().oauth2(NURSE).queryParam("size", 100)
                .get("/api/threshold-reviews/due").then().statusCode(200).extract().path("items");
        assertThat(items).extracting(i -> i.get("patientId")).contains(due).doesNotContain(notYet);
        Map<String, Object> item = items.stream().filter(i -> due.equals(i.get("patientId"))).findFirst().orElseThrow();
        assertThat(item.get("dueDate")).isEqualTo(today.minusDays(2).toString());
        assertThat(item.get("daysOverdue")).isEqualTo(2);
        assertThat(item.get("openRequestId")).isNull();

        // once individual thresholds are in force, the patient is no longer due
        ExtractableResponse<Response> ordered = propose(GP, due, withOrder(copdProposal("Baseline", 86, 90)));
        step(NURSE, due, requestId(ordered), "verification", version(ordered));
        List<String> after = given().auth().oauth2(NURSE).queryParam("size", 100).get("/api/threshold-reviews/due")
                .then().statusCode(200).extract().path("items.patientId");
        assertThat(after).doesNotContain(due);
        given().auth().oauth2(Tokens.coordinator("3209")).get("/api/threshold-reviews/due").then().statusCode(403)
                .body("openRequestId", nullValue());
    }

    private static String allocatedFrom(LocalDate start) {
        String patient = PatientFixtures.registerPatient("3209");
        String episode = PatientFixtures.refer(patient, "COPD");
        PatientFixtures.assess(patient, episode, PatientFixtures.answers("COPD"));
        given().auth().oauth2(NURSE).contentType(ContentType.JSON)
                .body(Map.of("consentDate", start.minusDays(1).toString(), "baselineNursingVisitsPerMonth", 8,
                        "baselineNursingMinutesPerMonth", 240, "startDate", start.toString()))
                .post("/api/patients/" + patient + "/episodes/" + episode + "/allocation").then().statusCode(200);
        return patient;
    }
}
