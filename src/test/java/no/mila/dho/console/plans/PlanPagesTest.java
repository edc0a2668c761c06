package no.mila.dho.console.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mila.dho.console.ConsolePages;
import no.mila.dho.console.csrf.ConsoleCsrf;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The console's self-management plan pages (issue 17 item 4): a draft from the template, editing a zone, medication
 * items by physicians only, approval by the patient's physician (not by a nurse, not by another physician), the
 * print view without the menu, CSRF, roles, and the access-log rows the API writes.
 */
@QuarkusTest
class PlanPagesTest {

    static final String MUNICIPALITY = "3209";
    static final String OTHER_HPR = "9299999";

    @Inject
    AgroalDataSource dataSource;

    String sql(String query, String parameter) throws Exception {
        return new AlertFixtures(dataSource).sql(query, parameter);
    }

    static String page(String patient) {
        return ConsolePages.open("/console/plans/patients/" + patient);
    }

    /** The id of the draft on the page (from its zone forms). */
    static String draftId(String page, String patient) {
        Matcher m = Pattern.compile("/console/plans/patients/" + patient + "/([0-9a-f-]{36})/zones/GREEN")
                .matcher(page);
        assertThat(m.find()).as("the page has the draft's zone forms").isTrue();
        return m.group(1);
    }

    static JsonPath plan(String patient, String planId) {
        return given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient + "/plans/" + planId).then()
                .statusCode(200).extract().jsonPath();
    }

    /** A zone's form as the page sends it: every item as it is (ids kept), and {@code extra} fields. */
    static Map<String, List<String>> zoneForm(JsonPath plan, String zone, Map<String, String> extra) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("version", List.of(String.valueOf(plan.getLong("version"))));
        for (String field : List.of("id", "category", "text", "drug", "dose", "start", "stop")) {
            form.put(field, new ArrayList<>());
        }
        for (Map<String, Object> item : plan.<Map<String, Object>>getList("zones." + zone)) {
            for (String field : List.of("id", "category", "text", "drug", "dose", "start", "stop")) {
                Object value = item.get(field);
                form.get(field).add(value == null ? "" : value.toString());
            }
        }
        extra.forEach((k, v) -> form.put(k, new ArrayList<>(List.of(v))));
        return form;
    }

    /** POST a form with repeated fields and the token of {@code pageWithForm}; no redirect followed. */
    static Response post(String path, String pageWithForm, Map<String, List<String>> fields) {
        RequestSpecification request = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam(ConsoleCsrf.FIELD, ConsolePages.csrfToken(pageWithForm));
        fields.forEach((k, v) -> request.formParam(k, v.toArray()));
        return request.post(path);
    }

    static String draftByApi(String patient) {
        return given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/patients/" + patient + "/plans").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "pl-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "hpr", value = "9100002"),
            @Claim(key = "sid", value = "pl-s1")})
    void a_nurse_drafts_from_the_template_edits_a_zone_but_adds_no_medication_and_cannot_approve() throws Exception {
        String patient = PatientFixtures.allocatedPatient(MUNICIPALITY, "COPD")[0];
        String page = page(patient);
        assertThat(page).contains("Egenbehandlingsplan for Test Pasient", "data-testid=\"start-draft\"",
                "Nytt utkast fra malen", "data-testid=\"no-active-plan\"", "/console/assets/plans.css")
                .doesNotContain("style=\"", "<script>", " onclick=", "data-testid=\"plan-zone-GREEN\"");

        Response drafted = ConsolePages.post("/console/plans/patients/" + patient + "/draft", page, Map.of());
        assertThat(drafted.statusCode()).isEqualTo(303);
        assertThat(drafted.header("Location")).endsWith("/console/plans/patients/" + patient + "?utfort=utkast");
        page = ConsolePages.open("/console/plans/patients/" + patient + "?utfort=utkast");
        assertThat(page).contains("data-testid=\"done-message\"", "Utkastet er opprettet",
                "data-testid=\"plan-zone-GREEN\"", "data-testid=\"plan-zone-YELLOW\"", "data-testid=\"plan-zone-RED\"",
                "Laget fra forløpets mal", "zone zone-RED", "Rød sone", "data-testid=\"discard-plan\"")
                .doesNotContain("data-testid=\"approve-plan\"", "data-testid=\"start-draft\"", "name=\"newDrug\"",
                        "<option value=\"MEDICATION\"");
        assertThat(page.indexOf("plan-zone-GREEN")).isLessThan(page.indexOf("plan-zone-YELLOW"));
        assertThat(page.indexOf("plan-zone-YELLOW")).isLessThan(page.indexOf("plan-zone-RED"));
        String planId = draftId(page, patient);

        // edit the green zone: change the first item, remove the second, add one
        JsonPath draft = plan(patient, planId);
        List<String> greenIds = draft.getList("zones.GREEN.id");
        assertThat(greenIds).hasSizeGreaterThanOrEqualTo(2);
        Map<String, List<String>> form = zoneForm(draft, "GREEN", Map.of("remove", greenIds.get(1),
                "newCategory", "ACTIVITY", "newText", "Gå i trappene to ganger hver dag"));
        form.get("text").set(0, "Gå 20 minutter hver dag");
        Response saved = post("/console/plans/patients/" + patient + "/" + planId + "/zones/GREEN", page, form);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("?utfort=lagret");
        JsonPath edited = plan(patient, planId);
        List<String> green = edited.getList("zones.GREEN.text");
        assertThat(green).first().isEqualTo("Gå 20 minutter hver dag");
        assertThat(green).last().isEqualTo("Gå i trappene to ganger hver dag");
        assertThat(green).hasSize(greenIds.size());
        assertThat(edited.<String>getList("zones.GREEN.id")).doesNotContain(greenIds.get(1));
        assertThat(edited.<Object>getList("zones.YELLOW")).hasSameSizeAs(draft.getList("zones.YELLOW"));
        page = ConsolePages.open("/console/plans/patients/" + patient + "?utfort=lagret");
        assertThat(page).contains("Endringene i utkastet er lagret.", "Gå i trappene to ganger hver dag");

        // a nurse cannot add a medication item: the plan feature refuses, the page says why
        Response medication = post("/console/plans/patients/" + patient + "/" + planId + "/zones/YELLOW", page,
                zoneForm(edited, "YELLOW", Map.of("newCategory", "MEDICATION", "newText", "Ta prednisolon",
                        "newDrug", "Prednisolon", "newDose", "30 mg daglig")));
        assertThat(medication.statusCode()).isEqualTo(403);
        assertThat(medication.contentType()).startsWith("text/html");
        assertThat(medication.asString()).contains("data-testid=\"error-message\"",
                "Bare en lege kan legge til, endre eller fjerne legemiddelråd", "data-testid=\"plan-zone-YELLOW\"");
        assertThat(plan(patient, planId).<String>getList("zones.YELLOW.category")).doesNotContain("MEDICATION");

        // the GP adds a medication item (through the API); the nurse sees it read-only and keeps it when she saves
        JsonPath before = plan(patient, planId);
        Map<String, Object> zones = new LinkedHashMap<>();
        for (String zone : List.of("GREEN", "YELLOW", "RED")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> item : before.<Map<String, Object>>getList("zones." + zone)) {
                Map<String, Object> copy = new LinkedHashMap<>(item);
                copy.values().removeIf(v -> v == null);
                items.add(copy);
            }
            if (zone.equals("YELLOW")) {
                items.add(Map.of("category", "MEDICATION", "text", "Ta prednisolon", "drug", "Prednisolon",
                        "dose", "30 mg daglig", "start", "ved gul sone", "stop", "etter 5 dager"));
            }
            zones.put(zone, items);
        }
        given().auth().oauth2(Tokens.physician(PatientFixtures.GP_HPR)).contentType(ContentType.JSON)
                .body(Map.of("version", before.getLong("version"), "goals", before.getList("goals"), "zones", zones))
                .put("/api/patients/" + patient + "/plans/" + planId).then().statusCode(200);
        page = page(patient);
        assertThat(page).contains("data-testid=\"medication-readonly\"",
                "Prednisolon 30 mg daglig: Ta prednisolon. Start: ved gul sone. Stopp: etter 5 dager.")
                .doesNotContain("data-testid=\"medication-item\"");
        JsonPath withMedication = plan(patient, planId);
        Response kept = post("/console/plans/patients/" + patient + "/" + planId + "/zones/YELLOW", page,
                zoneForm(withMedication, "YELLOW", Map.of("newCategory", "WHEN_TO_CALL",
                        "newText", "Ring oppfølgingstjenesten hvis du er usikker")));
        assertThat(kept.statusCode()).isEqualTo(303);
        JsonPath afterNurse = plan(patient, planId);
        assertThat(afterNurse.<String>getList("zones.YELLOW.category")).contains("MEDICATION");
        assertThat(afterNurse.<String>getList("zones.YELLOW.text")).last()
                .isEqualTo("Ring oppfølgingstjenesten hvis du er usikker");

        // nor approve it
        Response approval = ConsolePages.post("/console/plans/patients/" + patient + "/" + planId + "/approve", page,
                Map.of("version", String.valueOf(plan(patient, planId).getLong("version"))));
        assertThat(approval.statusCode()).isEqualTo(403);
        assertThat(approval.asString()).contains("Bare pasientens fastlege eller behandlende lege kan godkjenne");
        assertThat(plan(patient, planId).getString("status")).isEqualTo("DRAFT");

        // without the token nothing changes
        assertThat(ConsolePages.postWithoutToken("/console/plans/patients/" + patient + "/" + planId + "/discard",
                Map.of("version", String.valueOf(plan(patient, planId).getLong("version")))).statusCode())
                .isEqualTo(403);
        assertThat(plan(patient, planId).getString("status")).isEqualTo("DRAFT");

        // the goals, then discarding the draft
        Response goals = ConsolePages.post("/console/plans/patients/" + patient + "/" + planId + "/goals", page,
                Map.of("version", String.valueOf(plan(patient, planId).getLong("version")),
                        "goals", "Gå tur med barnebarna\r\n\r\n  Klare trappene hjemme  "));
        assertThat(goals.statusCode()).isEqualTo(303);
        assertThat(plan(patient, planId).<String>getList("goals"))
                .containsExactly("Gå tur med barnebarna", "Klare trappene hjemme");
        Response discarded = ConsolePages.post("/console/plans/patients/" + patient + "/" + planId + "/discard", page,
                Map.of("version", String.valueOf(plan(patient, planId).getLong("version"))));
        assertThat(discarded.statusCode()).isEqualTo(303);
        assertThat(plan(patient, planId).getString("status")).isEqualTo("DISCARDED");
        assertThat(page(patient)).contains("data-testid=\"start-draft\"", "Forkastet");

        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND action = 'READ' "
                + "AND resource = 'plan GET /console/plans/patients/" + patient + "' AND outcome = 'ALLOWED' "
                + "AND actor_subject = 'pl-nina'", patient)).isNotEqualTo("0");
        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND action = 'CREATE' "
                + "AND resource = 'plan POST /console/plans/patients/" + patient + "/draft' AND outcome = 'ALLOWED' "
                + "AND actor_subject = 'pl-nina'", patient)).isEqualTo("1");
        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND action = 'UPDATE' "
                + "AND resource LIKE 'plan POST /console/plans/patients/%/zones/GREEN' AND outcome = 'ALLOWED' "
                + "AND actor_subject = 'pl-nina'", patient)).isEqualTo("1");
    }

    @Test
    @TestSecurity(user = "pl-gp", roles = "physician")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Lege Lund"),
            @Claim(key = "hpr", value = PatientFixtures.GP_HPR),
            @Claim(key = "sid", value = "pl-s2")})
    void the_patients_physician_adds_medication_and_approves_and_the_print_view_shows_the_plan() throws Exception {
        String patient = PatientFixtures.allocatedPatient(MUNICIPALITY, "COPD")[0];
        String planId = draftByApi(patient);
        String page = page(patient);
        assertThat(page).contains("data-testid=\"approve-plan\"", "name=\"newDrug\"", "<option value=\"MEDICATION\"");

        Response saved = post("/console/plans/patients/" + patient + "/" + planId + "/zones/YELLOW", page,
                zoneForm(plan(patient, planId), "YELLOW", Map.of("newCategory", "MEDICATION",
                        "newText", "Ta prednisolon", "newDrug", "Prednisolon", "newDose", "30 mg daglig",
                        "newStart", "ved gul sone", "newStop", "etter 5 dager")));
        assertThat(saved.statusCode()).isEqualTo(303);
        JsonPath withMedication = plan(patient, planId);
        assertThat(withMedication.<String>getList("zones.YELLOW.category")).last().isEqualTo("MEDICATION");
        page = page(patient);
        assertThat(page).contains("data-testid=\"medication-item\"", "value=\"Prednisolon\"");

        Response approved = ConsolePages.post("/console/plans/patients/" + patient + "/" + planId + "/approve", page,
                Map.of("version", String.valueOf(withMedication.getLong("version"))));
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(approved.header("Location")).endsWith("?utfort=godkjent");
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient + "/plans/active").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(planId))
                .body("approvedBy.hpr", org.hamcrest.Matchers.equalTo(PatientFixtures.GP_HPR));
        page = ConsolePages.open("/console/plans/patients/" + patient + "?utfort=godkjent");
        assertThat(page).contains("Planen er godkjent", "data-testid=\"active-zone-YELLOW\"", "godkjent",
                "av Lege Lund (HPR " + PatientFixtures.GP_HPR + ")", "Nytt utkast fra den aktive planen",
                "/console/plans/" + planId + "/print")
                .doesNotContain("data-testid=\"approve-plan\"");
        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND action = 'UPDATE' "
                + "AND resource LIKE 'plan POST /console/plans/patients/%/approve' AND outcome = 'ALLOWED' "
                + "AND actor_subject = 'pl-gp'", patient)).isEqualTo("1");

        String print = ConsolePages.open("/console/plans/" + planId + "/print");
        assertThat(print).contains("data-testid=\"plan-print\"", "/console/assets/print.css",
                "Egenbehandlingsplan for Test Pasient", "data-testid=\"plan-approval\"", "av lege Lege Lund",
                "Prednisolon 30 mg daglig: Ta prednisolon. Start: ved gul sone. Stopp: etter 5 dager.",
                "aria-hidden=\"true\">●</span> Grønn sone", "aria-hidden=\"true\">▲</span> Gul sone",
                "aria-hidden=\"true\">■</span> Rød sone", "ring 113")
                .doesNotContain("Hovedmeny", "<nav", "/console/worklist", "/console/assets/console.css", "style=\"",
                        "<script");
        assertThat(print.indexOf("print-zone-GREEN")).isLessThan(print.indexOf("print-zone-YELLOW"));
        assertThat(print.indexOf("print-zone-YELLOW")).isLessThan(print.indexOf("print-zone-RED"));
        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND action = 'READ' "
                + "AND resource = 'plan GET /console/plans/" + planId + "/print' AND outcome = 'ALLOWED' "
                + "AND actor_subject = 'pl-gp'", patient)).isEqualTo("1");
    }

    @Test
    @TestSecurity(user = "pl-other", roles = "physician")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Annen Lege"), @Claim(key = "hpr", value = OTHER_HPR),
            @Claim(key = "sid", value = "pl-s3")})
    void another_physician_sees_nothing_of_the_patient_and_cannot_approve() throws Exception {
        String patient = PatientFixtures.allocatedPatient(MUNICIPALITY, "COPD")[0];
        String planId = draftByApi(patient);
        long version = plan(patient, planId).getLong("version");
        String own = PatientFixtures.registerPatient(MUNICIPALITY, "Egen", "Pasient", OTHER_HPR);
        String ownPage = page(own);

        Response other = given().redirects().follow(false).get("/console/plans/patients/" + patient);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.asString()).contains("data-testid=\"error\"").doesNotContain("Test Pasient", planId);
        Response approve = ConsolePages.post("/console/plans/patients/" + patient + "/" + planId + "/approve", ownPage,
                Map.of("version", String.valueOf(version)));
        assertThat(approve.statusCode()).isEqualTo(404);
        assertThat(approve.asString()).contains("data-testid=\"error\"").doesNotContain("Test Pasient");
        assertThat(plan(patient, planId).getString("status")).isEqualTo("DRAFT");
        Response print = given().redirects().follow(false).get("/console/plans/" + planId + "/print");
        assertThat(print.statusCode()).isEqualTo(404);
        assertThat(print.asString()).doesNotContain("Test Pasient");
        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND outcome <> 'ALLOWED' "
                + "AND resource LIKE 'plan %/console/plans/%' AND actor_subject = 'pl-other'", patient))
                .isEqualTo("3");
    }

    @Test
    @TestSecurity(user = "pl-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"),
            @Claim(key = "municipality", value = MUNICIPALITY), @Claim(key = "sid", value = "pl-s4")})
    void a_coordinator_may_not_open_the_plan_pages() {
        String patient = PatientFixtures.allocatedPatient(MUNICIPALITY, "COPD")[0];
        String planId = draftByApi(patient);
        assertThat(given().redirects().follow(false).get("/console/plans/patients/" + patient).statusCode())
                .isEqualTo(403);
        assertThat(given().redirects().follow(false).get("/console/plans/" + planId + "/print").statusCode())
                .isEqualTo(403);
    }
}
