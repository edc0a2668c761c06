package no.mila.dho.console.thresholds;

import static io.restassured.RestAssured.given;
import static no.mila.dho.testsupport.ThresholdFixtures.copdProposal;
import static no.mila.dho.testsupport.ThresholdFixtures.propose;
import static no.mila.dho.testsupport.ThresholdFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mila.dho.console.ConsolePages;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The console's threshold pages (issue 17 item 3) against their DOM contract: the proposal form pre-filled with the
 * version in force, the dry run before sending, the request's page with order and verification by other people, the
 * queues, refusals in Norwegian; the same four-eyes rule (ThresholdGovernance through ThresholdChangeService) and the
 * same access-log rows as the API. Every change is also read back through the API.
 */
@QuarkusTest
class ThresholdPagesTest {

    static final String NURSE = Tokens.nurse();
    static final String GP = Tokens.physician(PatientFixtures.GP_HPR);
    static final Pattern INPUT = Pattern.compile(
            "<input type=\"hidden\" name=\"key\" value=\"([^\"]+)\">\\s*<label[^>]*>[^<]*</label>\\s*"
                    + "<input type=\"text\" inputmode=\"decimal\" id=\"[^\"]+\" name=\"value\" value=\"([^\"]*)\"");

    @Inject
    AgroalDataSource dataSource;

    /** The form's key/value pairs as the page has them, in order. */
    static Map<String, String> fields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    /** POST the form as a browser would: every key/value pair, with {@code changed} typed over, plus the reason. */
    static Response send(String path, String page, Map<String, String> changed, String reason) {
        Map<String, String> values = fields(page);
        values.putAll(changed);
        var request = given().redirects().follow(false).contentType(io.restassured.http.ContentType.URLENC)
                .formParam("csrf-token", ConsolePages.csrfToken(page)).formParam("reason", reason);
        for (var e : values.entrySet()) {
            request = request.formParam("key", e.getKey()).formParam("value", e.getValue());
        }
        return request.post(path);
    }

    String sql(String query, String parameter) throws Exception {
        return new AlertFixtures(dataSource).sql(query, parameter);
    }

    static String id(ExtractableResponse<Response> r) {
        return r.path("id");
    }

    static long version(ExtractableResponse<Response> r) {
        return ((Number) r.path("version")).longValue();
    }

    @Test
    @TestSecurity(user = "th-nora", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nora Nurse"), @Claim(key = "hpr", value = "9100003"),
            @Claim(key = "sid", value = "th-s1")})
    void a_nurse_sees_the_values_in_force_tries_them_on_the_last_14_days_and_proposes() throws Exception {
        String p = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String base = "/console/thresholds/patients/" + p;
        String form = ConsolePages.open(base + "/new");
        Map<String, String> fields = fields(form);
        assertThat(fields).containsKeys("SPO2.redLow", "SPO2.yellowLow", "PULSE.redHigh");
        String inForce = given().auth().oauth2(NURSE).get("/api/patients/" + p + "/thresholds").then()
                .statusCode(200).extract().path("limits.SPO2.yellowLow").toString();
        assertThat(fields.get("SPO2.yellowLow").replace(',', '.')).isEqualTo(inForce.replaceAll("\\.0$", ""));
        assertThat(form).contains("data-testid=\"limit-SPO2.yellowLow\"", "data-testid=\"dry-run\"",
                "data-testid=\"propose\"", "lang=\"nb\"").doesNotContain("style=\"", "<script>")
                .doesNotContain("Jeg er pasientens lege");

        Response dryRun = send(base + "/dry-run", form, Map.of("SPO2.yellowLow", "97"), "Tettere oppfølging");
        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(dryRun.asString()).contains("data-testid=\"dry-run-result\"", "Av meldingene de siste 14 dagene",
                "value=\"97\"", "Tettere oppfølging");
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/threshold-changes").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));

        Response proposed = send(base + "/new", dryRun.asString(), Map.of("SPO2.yellowLow", "97"),
                "Tettere oppfølging");
        assertThat(proposed.statusCode()).isEqualTo(303);
        String location = proposed.header("Location");
        assertThat(location).contains("/console/thresholds/changes/").endsWith("?utfort=forslag");
        String change = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));

        String page = ConsolePages.open("/console/thresholds/changes/" + change + "?utfort=forslag");
        assertThat(page).contains("data-testid=\"change-status\" data-status=\"PROPOSED\"",
                "data-limit=\"SPO2.yellowLow\" data-changed=\"true\"", "Forslaget er sendt")
                .doesNotContain("data-testid=\"order\"", "data-testid=\"verify\"");
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/threshold-changes/" + change).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PROPOSED"))
                .body("reason", org.hamcrest.Matchers.equalTo("Tettere oppfølging"))
                .body("changes.field", org.hamcrest.Matchers.contains("SPO2.yellowLow"))
                .body("trail[0].actorSubject", org.hamcrest.Matchers.equalTo("th-nora"));
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/thresholds").then()
                .body("version", org.hamcrest.Matchers.equalTo(1));
        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND action = 'CREATE' AND resource = "
                + "'threshold-change POST /console/thresholds/patients/" + p + "/new' AND actor_subject = 'th-nora'",
                p)).isEqualTo("1");

        String history = ConsolePages.open(base);
        assertThat(history).contains("data-change=\"" + change + "\"");
        assertThat(form).doesNotContain("data-testid=\"open-change\"");
        assertThat(ConsolePages.open(base + "/new")).as("a second proposal must wait for the open one")
                .contains("data-testid=\"open-change\"", "/console/thresholds/changes/" + change);
    }

    @Test
    @TestSecurity(user = "th-nora", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nora Nurse"), @Claim(key = "hpr", value = "9100003"),
            @Claim(key = "sid", value = "th-s2")})
    void a_value_that_is_not_a_number_or_makes_no_usable_version_is_refused_in_norwegian_with_the_values_kept() {
        String p = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String base = "/console/thresholds/patients/" + p;
        String form = ConsolePages.open(base + "/new");

        Response text = send(base + "/new", form, Map.of("SPO2.yellowLow", "nitti"), "Test");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.asString()).contains("data-testid=\"error-message\"", "value=\"nitti\"", "aria-invalid=\"true\"");

        // yellow below red: the threshold rules refuse it, the form shows why
        Response unusable = send(base + "/new", form, Map.of("SPO2.yellowLow", "50"), "Test");
        assertThat(unusable.statusCode()).isIn(400, 422);
        assertThat(unusable.asString()).contains("data-testid=\"error-message\"", "value=\"50\"");

        Response noReason = send(base + "/new", form, Map.of(), " ");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("Skriv begrunnelsen for endringen.");

        Response noToken = ConsolePages.postWithoutToken(base + "/new", Map.of("reason", "Test"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/threshold-changes").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    @TestSecurity(user = "physician-9200001", roles = "physician")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Lars Lege"), @Claim(key = "hpr", value = "9200001"),
            @Claim(key = "sid", value = "th-s3")})
    void the_patients_physician_finds_the_proposal_in_his_queue_and_orders_it() throws Exception {
        String p = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        ExtractableResponse<Response> proposed = propose(NURSE, p, copdProposal("Baseline", 86, 90));
        String change = id(proposed);

        String queues = ConsolePages.open("/console/thresholds");
        assertThat(section(queues, "awaiting-order")).contains("data-change=\"" + change + "\" data-patient=\"" + p + "\"");
        String page = ConsolePages.open("/console/thresholds/changes/" + change);
        assertThat(page).contains("data-status=\"PROPOSED\"", "data-testid=\"order\"")
                .doesNotContain("data-testid=\"verify\"");

        Response ordered = ConsolePages.post("/console/thresholds/changes/" + change + "/order", page,
                Map.of("version", String.valueOf(version(proposed)), "note", "Enig"));
        assertThat(ordered.statusCode()).isEqualTo(303);
        assertThat(ordered.header("Location")).endsWith("/console/thresholds/changes/" + change + "?utfort=forordnet");
        assertThat(ConsolePages.open("/console/thresholds/changes/" + change + "?utfort=forordnet"))
                .contains("data-status=\"ORDERED\"", "Endringen er forordnet");
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/threshold-changes/" + change).then()
                .body("status", org.hamcrest.Matchers.equalTo("ORDERED"))
                .body("trail[1].actorHpr", org.hamcrest.Matchers.equalTo("9200001"));
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/thresholds").then()
                .body("version", org.hamcrest.Matchers.equalTo(1));

        // a stale version (someone else took a step in the meantime) is refused on the page, not applied twice
        Response stale = ConsolePages.post("/console/thresholds/changes/" + change + "/order", page,
                Map.of("version", String.valueOf(version(proposed))));
        assertThat(stale.statusCode()).isIn(409, 412);
        assertThat(stale.asString()).contains("data-testid=\"error-message\"");
    }

    @Test
    @TestSecurity(user = "physician-9200002", roles = "physician")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Per Annenlege"), @Claim(key = "hpr", value = "9200002"),
            @Claim(key = "sid", value = "th-s4")})
    void another_physician_sees_neither_the_patient_nor_the_change_and_cannot_order_it() {
        String p = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        ExtractableResponse<Response> proposed = propose(NURSE, p, copdProposal("Baseline", 86, 90));
        String change = id(proposed);
        Response page = given().redirects().follow(false).get("/console/thresholds/changes/" + change);
        assertThat(page.statusCode()).as("as the API: not his patient").isEqualTo(404);
        assertThat(page.asString()).contains("data-testid=\"error\"").doesNotContain("Test Pasient", "Baseline");
        // no page of his has a form for it; the step itself is refused by the service as in the API (tested there)
        Response refused = ConsolePages.postWithoutToken("/console/thresholds/changes/" + change + "/order",
                Map.of("version", String.valueOf(version(proposed))));
        assertThat(refused.statusCode()).isEqualTo(403);
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/threshold-changes/" + change).then()
                .body("status", org.hamcrest.Matchers.equalTo("PROPOSED"));
    }

    @Test
    @TestSecurity(user = "th-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "hpr", value = "9100002"),
            @Claim(key = "sid", value = "th-s5")})
    void a_second_person_verifies_with_the_order_beside_the_values_and_the_next_report_is_evaluated_with_it() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        String p = ids[0];
        ExtractableResponse<Response> proposed = propose(NURSE, p, copdProposal("Persistently 86-88 %", 85, 88));
        ExtractableResponse<Response> ordered = step(GP, p, id(proposed), "order", version(proposed));
        String change = id(proposed);

        assertThat(section(ConsolePages.open("/console/thresholds"), "awaiting-verification"))
                .contains("data-change=\"" + change + "\"");
        String page = ConsolePages.open("/console/thresholds/changes/" + change);
        assertThat(page).contains("data-status=\"ORDERED\"", "data-testid=\"order-details\"", "data-testid=\"verify\"",
                "data-limit=\"SPO2.redLow\" data-changed=\"true\"").doesNotContain("data-testid=\"order\"");

        Response verified = ConsolePages.post("/console/thresholds/changes/" + change + "/verify", page,
                Map.of("version", String.valueOf(version(ordered)), "valuesMatchOrder", "true"));
        assertThat(verified.statusCode()).isEqualTo(303);
        assertThat(ConsolePages.open("/console/thresholds/changes/" + change + "?utfort=kontrollert"))
                .contains("data-status=\"VERIFIED\"", "De nye grenseverdiene er i bruk fra nå");
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/thresholds").then()
                .body("version", org.hamcrest.Matchers.equalTo(2))
                .body("limits.SPO2.redLow", org.hamcrest.Matchers.equalTo(85.0f));
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/threshold-changes/" + change).then()
                .body("trail.actorSubject", org.hamcrest.Matchers.contains("nurse-1", "physician-9200001", "th-nina"));

        String versions = ConsolePages.open("/console/thresholds/patients/" + p);
        assertThat(versions).contains("Persistently 86-88 %");
    }

    @Test
    @TestSecurity(user = "nurse-1", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Sykepleier En"), @Claim(key = "sid", value = "th-s6")})
    void the_proposer_cannot_verify_her_own_change_and_it_stays_ordered() {
        String p = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        ExtractableResponse<Response> proposed = propose(NURSE, p, copdProposal("Baseline", 86, 90));
        ExtractableResponse<Response> ordered = step(GP, p, id(proposed), "order", version(proposed));
        String change = id(proposed);
        String page = ConsolePages.open("/console/thresholds/changes/" + change);
        Response own = ConsolePages.post("/console/thresholds/changes/" + change + "/verify", page,
                Map.of("version", String.valueOf(version(ordered)), "valuesMatchOrder", "true"));
        assertThat(own.statusCode()).isIn(403, 409, 422);
        assertThat(own.asString()).contains("data-testid=\"error-message\"", "data-status=\"ORDERED\"");
        given().auth().oauth2(NURSE).get("/api/patients/" + p + "/thresholds").then()
                .body("version", org.hamcrest.Matchers.equalTo(1));

        Response unconfirmed = ConsolePages.post("/console/thresholds/changes/" + change + "/verify", page,
                Map.of("version", String.valueOf(version(ordered))));
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.asString()).contains("Kryss av for at verdiene stemmer");
    }

    @Test
    @TestSecurity(user = "th-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"), @Claim(key = "municipality",
            value = "3209"), @Claim(key = "sid", value = "th-s7")})
    void a_coordinator_has_no_threshold_pages() {
        String p = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        for (String path : List.of("/console/thresholds", "/console/thresholds/patients/" + p,
                "/console/thresholds/patients/" + p + "/new")) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.asString()).as(path).contains("data-testid=\"error\"").doesNotContain("Test Pasient");
        }
    }

    /** The markup of the list with this test id. */
    static String section(String html, String testId) {
        int start = html.indexOf("data-testid=\"" + testId + "\"");
        assertThat(start).as(testId + " on the page").isGreaterThanOrEqualTo(0);
        int end = html.indexOf("</ul>", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
