package no.mila.dho.console.municipality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.console.ConsolePages;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.SyntheticIds;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's pages (issue 17 item 5): the municipality overview without clinical content, the referral form,
 * assessment, allocation and equipment over the API's services, with the API's roles, refusals and access-log rows;
 * another municipality's patient is refused without any of their data.
 */
@QuarkusTest
class MunicipalityPagesTest {

    static final String ROOT = "/console/municipality";
    static final LocalDate TODAY = ClockProducer.today(Clock.systemUTC());

    /** A day {@code daysAgo} before today as the forms take it ({@code dd.MM.yyyy}). */
    static String day(int daysAgo) {
        return ConsoleFormat.date(TODAY.minusDays(daysAgo));
    }

    @Inject
    AgroalDataSource dataSource;

    /** The access-log rows of {@code subject}'s allowed requests ({@code resource} is the @Audited resource). */
    long log(String subject, String action, String resource, String patientId) throws Exception {
        return Long.parseLong(new AlertFixtures(dataSource).sql("SELECT count(*) FROM access_log WHERE "
                + "actor_subject = '" + subject + "' AND action = '" + action + "' AND resource LIKE '" + resource
                + " %' AND outcome = 'ALLOWED' AND "
                + (patientId == null ? "?::text IS NULL" : "patient_id = ?::uuid"), patientId));
    }

    /** A referral form as a coordinator fills it in, for municipality 3238. */
    static Map<String, String> referral(String nationalId) {
        Map<String, String> form = new HashMap<>(Map.of("nationalId", nationalId, "givenName", "Kari",
                "familyName", "Henvist", "municipality", "3238", "pathway", "COPD", "source", "GP",
                "oralConsent", "true", "referredOn", day(2), "note", "Henvist av fastlegen"));
        form.put("gpName", "Lege Lie");
        form.put("gpHpr", PatientFixtures.GP_HPR);
        return form;
    }

    static String patientOf(Response created) {
        Matcher m = Pattern.compile("/patients/([0-9a-f-]{36})/assessment\\?utfort=henvist$").matcher(
                created.header("Location"));
        assertThat(m.find()).as(created.header("Location")).isTrue();
        return m.group(1);
    }

    @Test
    @TestSecurity(user = "mp-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"),
            @Claim(key = "municipality", value = "3238"),
            @Claim(key = "sid", value = "mp-s1")})
    void a_coordinator_sees_her_municipality_without_clinical_content() throws Exception {
        String patientId = PatientFixtures.allocatedPatient("3238", "COPD")[0];
        String login = PatientFixtures.linkLogin(patientId);
        given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON)
                .body(Map.of("reportId", UUID.randomUUID().toString(), "measuredAt",
                        OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(),
                        "spo2", Map.of("value", 81, "unit", "%")))
                .post("/api/me/reports").then().statusCode(201);

        String page = ConsolePages.open(ROOT);
        assertThat(page).contains("data-testid=\"municipality-overview\"", "data-municipality=\"3238\"",
                "Pasientene i Nannestad", "data-patient=\"" + patientId + "\"", "Tildelt, de første 14 dagene", "Kols",
                ROOT + "/referrals/new", ROOT + "/patients/" + patientId + "/assessment",
                ROOT + "/patients/" + patientId + "/allocation", ROOT + "/patients/" + patientId + "/equipment",
                "<th scope=\"col\">Siste melding</th>")
                .doesNotContain("81 %", "Oksygenmetning", "zone-RED", "Rød", "style=\"", "<script>")
                .doesNotContain("<label for=\"kommune\">");
        assertThat(log("mp-kari", "SEARCH", "municipality-overview", null)).isGreaterThanOrEqualTo(1);
    }

    @Test
    @TestSecurity(user = "mp-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "hpr", value = "9100002"),
            @Claim(key = "sid", value = "mp-s2")})
    void a_nurse_chooses_the_municipality_as_in_the_api() {
        String patientId = PatientFixtures.allocatedPatient("3228", "HEART_FAILURE")[0];
        assertThat(ConsolePages.open(ROOT)).contains("<label for=\"kommune\">Kommune</label>", "Velg en kommune")
                .doesNotContain("data-testid=\"municipality-patient\"");
        assertThat(ConsolePages.open(ROOT + "?kommune=3228")).contains("Pasientene i Nes", patientId, "Hjertesvikt");
    }

    @Test
    @TestSecurity(user = "mp-lars", roles = "physician")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Lars Lege"), @Claim(key = "hpr", value = "9200001"),
            @Claim(key = "sid", value = "mp-s3")})
    void a_physician_has_no_coordinator_pages_as_in_the_api() {
        String patientId = PatientFixtures.allocatedPatient("3238", "COPD")[0];
        for (String path : new String[] {ROOT, ROOT + "/referrals/new", ROOT + "/patients/" + patientId + "/assessment",
                ROOT + "/patients/" + patientId + "/allocation", ROOT + "/patients/" + patientId + "/equipment"}) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.asString()).as(path).contains("data-testid=\"error\"", "Ingen tilgang");
        }
    }

    @Test
    @TestSecurity(user = "mp-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"),
            @Claim(key = "municipality", value = "3238"),
            @Claim(key = "sid", value = "mp-s1")})
    void a_coordinator_refers_assesses_allocates_and_hands_out_equipment() throws Exception {
        String form = ConsolePages.open(ROOT + "/referrals/new");
        assertThat(form).contains("data-testid=\"referral-form\"", "<label for=\"nationalId\">",
                "<label for=\"pathway\">", "<label for=\"oralConsent\">", "Kommunen", "value=\"3238\" selected");
        String nationalId = SyntheticIds.next();
        Response created = ConsolePages.post(ROOT + "/referrals/new", form, referral(nationalId));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).doesNotContain(nationalId);
        String patientId = patientOf(created);
        assertThat(log("mp-kari", "CREATE", "patient", patientId)).isEqualTo(1);

        String assessment = ConsolePages.open(ROOT + "/patients/" + patientId + "/assessment?utfort=henvist");
        assertThat(assessment).contains("Kari Henvist", "Henvist", "Pasienten er registrert og henvist",
                "data-testid=\"assessment-form\"", "Har BankID", "Kols risikogruppe E", "<label for=\"answer-BANKID\">")
                .doesNotContain(nationalId);
        Response assessed = postAnswers(patientId, assessment, PatientFixtures.answers("COPD", "COPD_GROUP_E"));
        assertThat(assessed.statusCode()).isEqualTo(303);
        assertThat(assessed.header("Location")).endsWith("/assessment?utfort=kartlagt");
        assessment = ConsolePages.open(ROOT + "/patients/" + patientId + "/assessment?utfort=kartlagt");
        assertThat(assessment).contains("Kartleggingen er lagret", "data-testid=\"assessment-recorded\"", "Kartlagt")
                .doesNotContain("data-testid=\"assessment-form\"");
        assertThat(log("mp-kari", "UPDATE", "episode", patientId)).isEqualTo(1);

        String allocation = ConsolePages.open(ROOT + "/patients/" + patientId + "/allocation");
        Response allocated = ConsolePages.post(ROOT + "/patients/" + patientId + "/allocation", allocation, Map.of(
                "episode", episode(allocation), "consentDate", day(1), "startDate", day(0),
                "visits", "8", "minutes", "240", "kadDays", "3", "shortTermDays", ""));
        assertThat(allocated.statusCode()).as(allocated.asString()).isEqualTo(303);
        allocation = ConsolePages.open(ROOT + "/patients/" + patientId + "/allocation?utfort=tildelt");
        assertThat(allocation).contains("Pasienten er tildelt forløpet", "data-testid=\"allocation-recorded\"",
                day(1) + ", innhentet av Kari Koordinator", "8 besøk, 240 minutter", "Tildelt, de første 14 dagene");
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId + "/episodes").then().statusCode(200)
                .body("[0].state", org.hamcrest.Matchers.equalTo("ACTIVE_BASELINE"))
                .body("[0].allocation.baselineKadDays", org.hamcrest.Matchers.equalTo(3));

        String equipment = ConsolePages.open(ROOT + "/patients/" + patientId + "/equipment");
        String serial = "OX-" + UUID.randomUUID().toString().substring(0, 8);
        Response handedOut = ConsolePages.post(ROOT + "/patients/" + patientId + "/equipment", equipment, Map.of(
                "type", "PULSE_OXIMETER", "serialNumber", serial, "handedOutOn", day(0)));
        assertThat(handedOut.statusCode()).isEqualTo(303);
        equipment = ConsolePages.open(ROOT + "/patients/" + patientId + "/equipment?utfort=utlevert");
        assertThat(equipment).contains("Utstyret er registrert som utlevert", "Pulsoksymeter", serial,
                day(0) + " av Kari Koordinator", "data-out=\"true\"");
        assertThat(log("mp-kari", "CREATE", "equipment", patientId)).isEqualTo(1);

        Matcher device = Pattern.compile("data-equipment=\"([0-9a-f-]{36})\"").matcher(equipment);
        assertThat(device.find()).isTrue();
        Response returned = ConsolePages.post(ROOT + "/patients/" + patientId + "/equipment/" + device.group(1)
                + "/return", equipment, Map.of("returnedOn", day(0)));
        assertThat(returned.statusCode()).isEqualTo(303);
        assertThat(ConsolePages.open(ROOT + "/patients/" + patientId + "/equipment?utfort=returnert"))
                .contains("Utstyret er registrert som returnert", "data-out=\"false\"");
        assertThat(ConsolePages.open(ROOT)).contains("data-patient=\"" + patientId + "\"");
    }

    static String episode(String page) {
        Matcher m = Pattern.compile("name=\"episode\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(m.find()).as("the form names the episode").isTrue();
        return m.group(1);
    }

    static Response postAnswers(String patientId, String page, Map<String, Boolean> answers) {
        Map<String, String> fields = new HashMap<>();
        fields.put("episode", episode(page));
        fields.put(no.mila.dho.console.csrf.ConsoleCsrf.FIELD, ConsolePages.csrfToken(page));
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParams(fields)
                .formParam("answer", answers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray())
                .post(ROOT + "/patients/" + patientId + "/assessment");
    }

    @Test
    @TestSecurity(user = "mp-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"),
            @Claim(key = "municipality", value = "3238"),
            @Claim(key = "sid", value = "mp-s1")})
    void a_refused_referral_shows_the_problems_in_norwegian_and_keeps_the_values() {
        String form = ConsolePages.open(ROOT + "/referrals/new");
        Map<String, String> fields = referral("12345678901");
        Response refused = ConsolePages.post(ROOT + "/referrals/new", form, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("data-testid=\"problem-nationalId\"",
                "Skriv et gyldig fødselsnummer eller D-nummer", "value=\"Kari\"", "value=\"Henvist\"",
                "aria-invalid=\"true\"", "data-testid=\"error-message\"");

        String nationalId = SyntheticIds.next();
        fields = referral(nationalId);
        fields.remove("oralConsent");
        fields.put("givenName", "");
        refused = ConsolePages.post(ROOT + "/referrals/new", form, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("data-testid=\"problem-givenName\"", "Skriv fornavnet.");

        fields.put("givenName", "Kari");
        refused = ConsolePages.post(ROOT + "/referrals/new", form, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("data-testid=\"problem-oralConsent\"",
                "Pasientens muntlige samtykke til henvisningen kreves.");
        given().auth().oauth2(Tokens.nurse()).queryParam("nationalId", nationalId).get("/api/patients").then()
                .statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(0));

        fields = referral(SyntheticIds.next());
        fields.put("municipality", "3228");
        refused = ConsolePages.post(ROOT + "/referrals/new", form, fields);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("bare pasienter i sin egen kommune", "data-testid=\"referral-form\"");
    }

    @Test
    @TestSecurity(user = "mp-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"),
            @Claim(key = "municipality", value = "3238"),
            @Claim(key = "sid", value = "mp-s1")})
    void an_incomplete_assessment_and_a_refused_allocation_say_why_in_norwegian() {
        String patientId = PatientFixtures.registerPatient("3238");
        String episodeId = PatientFixtures.refer(patientId, "COPD");
        String page = ConsolePages.open(ROOT + "/patients/" + patientId + "/assessment");
        Map<String, Boolean> answers = new HashMap<>(PatientFixtures.answers("COPD"));
        answers.remove("BANKID");
        Response incomplete = postAnswers(patientId, page, answers);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.asString()).contains("id=\"answer-BANKID-problem\"", "Svar ja eller nei.",
                "value=\"MOTIVATED=true\" selected", "data-testid=\"error-message\"");

        PatientFixtures.assess(patientId, episodeId, PatientFixtures.answers("COPD", "BANKID"));
        page = ConsolePages.open(ROOT + "/patients/" + patientId + "/allocation");
        assertThat(page).contains("data-testid=\"allocation-form\"", "<label for=\"consentDate\">",
                "<label for=\"visits\">");
        Response missing = ConsolePages.post(ROOT + "/patients/" + patientId + "/allocation", page, Map.of(
                "episode", episodeId, "consentDate", day(1), "startDate", day(0), "visits", "", "minutes", "240"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.asString()).contains("data-testid=\"problem-visits\"", "Fyll inn et tall.",
                "value=\"240\"");
        Response refused = ConsolePages.post(ROOT + "/patients/" + patientId + "/allocation", page, Map.of(
                "episode", episodeId, "consentDate", day(1), "startDate", day(0), "visits", "8", "minutes", "240"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Pasienten kan ikke tildeles", "data-testid=\"allocation-form\"");
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId + "/episodes").then()
                .body("[0].state", org.hamcrest.Matchers.equalTo("ASSESSED"));
    }

    @Test
    @TestSecurity(user = "mp-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"),
            @Claim(key = "municipality", value = "3238"),
            @Claim(key = "sid", value = "mp-s1")})
    void a_form_without_the_csrf_token_is_refused() {
        String patientId = PatientFixtures.allocatedPatient("3238", "COPD")[0];
        for (String path : new String[] {ROOT + "/referrals/new", ROOT + "/patients/" + patientId + "/assessment",
                ROOT + "/patients/" + patientId + "/allocation", ROOT + "/patients/" + patientId + "/equipment"}) {
            Response refused = ConsolePages.postWithoutToken(path, Map.of("serialNumber", "X", "type", "SCALES",
                    "handedOutOn", day(0)));
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
        }
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId + "/equipment").then()
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    @TestSecurity(user = "mp-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"),
            @Claim(key = "municipality", value = "3238"),
            @Claim(key = "sid", value = "mp-s1")})
    void another_municipalitys_patient_is_refused_without_their_data() throws Exception {
        String other = PatientFixtures.registerPatient("3228", "Fremmed", "Naboesen", PatientFixtures.GP_HPR);
        for (String page : new String[] {"assessment", "allocation", "equipment"}) {
            Response response = given().redirects().follow(false).get(ROOT + "/patients/" + other + "/" + page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.asString()).as(page).contains("data-testid=\"error\"", "Finnes ikke")
                    .doesNotContain("Fremmed", "Naboesen", "3228");
        }
        String form = ConsolePages.open(ROOT + "/referrals/new");
        Response posted = ConsolePages.post(ROOT + "/patients/" + other + "/equipment", form, Map.of(
                "type", "SCALES", "serialNumber", "S-1", "handedOutOn", day(0)));
        assertThat(posted.statusCode()).isEqualTo(404);
        assertThat(posted.asString()).contains("data-testid=\"error\"").doesNotContain("Fremmed");
        Response overview = given().redirects().follow(false).get(ROOT + "?kommune=3228");
        assertThat(overview.statusCode()).isEqualTo(404);
        assertThat(overview.asString()).contains("data-testid=\"error\"").doesNotContain("Fremmed");
        assertThat(Long.parseLong(new AlertFixtures(dataSource).sql("SELECT count(*) FROM access_log WHERE "
                + "actor_subject = 'mp-kari' AND outcome = 'DENIED' AND patient_id = ?::uuid", other)))
                .isGreaterThanOrEqualTo(4);
    }
}
