package no.mila.dho.console.patients;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mila.dho.console.ConsolePages;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.ThresholdFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The patient pages of the console (issue 17 item 2) against their DOM contract: the list with its name search, the
 * patient page with registration, pathway trail, charts with the bands of each threshold version and the points
 * (invalidated ones marked), reports, plan link, equipment, messages and access log; the API's roles and
 * PatientAccess (another municipality's coordinator and another physician get the error page with no patient data),
 * and the API's access-log rows.
 */
@QuarkusTest
class PatientPagesTest {

    static final Pattern SPO2_CHART = Pattern.compile("<svg data-testid=\"chart-SPO2\".*?</svg>", Pattern.DOTALL);

    @Inject
    AgroalDataSource dataSource;

    String sql(String query, String parameter) throws Exception {
        return new AlertFixtures(dataSource).sql(query, parameter);
    }

    /** A COPD patient in follow-up of Ullensaker with a red (SpO2 80) and a green (96) report: {id, login}. */
    static String[] patientWithReports() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String login = PatientFixtures.linkLogin(id);
        report(login, 80, Instant.now().minus(2, ChronoUnit.HOURS));
        report(login, 96, Instant.now().minus(1, ChronoUnit.HOURS));
        return new String[] {id, login};
    }

    static void report(String login, int spo2, Instant at) {
        given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON)
                .body(Map.of("reportId", UUID.randomUUID().toString(), "measuredAt",
                        at.truncatedTo(ChronoUnit.SECONDS).toString(), "spo2", Map.of("value", spo2, "unit", "%")))
                .post("/api/me/reports").then().statusCode(201);
    }

    static String spo2Chart(String html) {
        Matcher m = SPO2_CHART.matcher(html);
        assertThat(m.find()).as("the SpO2 chart").isTrue();
        return m.group();
    }

    @Test
    @TestSecurity(user = "pp-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "hpr", value = "9100002"),
            @Claim(key = "sid", value = "pp-s1")})
    void a_nurse_finds_a_patient_by_part_of_the_name_and_follows_the_link() throws Exception {
        String family = "Søkbar" + UUID.randomUUID().toString().substring(0, 6);
        String id = PatientFixtures.registerPatient("3209", "Kari", family, PatientFixtures.GP_HPR);

        String page = ConsolePages.open("/console/patients?navn=" + family.substring(0, 9));
        assertThat(page).contains("<h1>Pasienter</h1>", "<form method=\"get\" action=\"/console/patients\"",
                "<label for=\"patient-search-name\">", "data-testid=\"patient-row\" data-patient=\"" + id + "\"",
                "href=\"/console/patients/" + id + "\"", "Kari " + family, "/console/assets/patient.css")
                .doesNotContain("style=\"", "<script>");
        assertThat(ConsolePages.open("/console/patients?navn=IngenHeterSlik" + UUID.randomUUID().toString()
                .substring(0, 4))).contains("data-testid=\"patient-list-empty\"", "Ingen pasienter funnet.");
        assertThat(ConsolePages.open("/console/patients")).contains("data-testid=\"patient-list\"");
        assertThat(sql("SELECT count(*) FROM access_log WHERE action = 'SEARCH' AND resource = ? "
                + "AND actor_subject = 'pp-nina'", "patient GET /console/patients")).isNotEqualTo("0");

        Response bad = given().redirects().follow(false).get("/console/patients?side=x");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("data-testid=\"error\"");
    }

    @Test
    @TestSecurity(user = "pp-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "hpr", value = "9100002"),
            @Claim(key = "sid", value = "pp-s1")})
    void a_nurse_sees_the_patient_with_charts_bands_points_reports_and_the_access_log() throws Exception {
        String[] p = patientWithReports();
        String measurement = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + p[0] + "/measurements")
                .then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of("reason", "Feil på måleren"))
                .post("/api/patients/" + p[0] + "/measurements/" + measurement + "/invalidation").then()
                .statusCode(200);

        String page = ConsolePages.open("/console/patients/" + p[0]);
        assertThat(page).contains("data-testid=\"patient-name\"", "Test Pasient", "data-testid=\"pathway-state\"",
                "Tildelt (baseline)", "data-testid=\"episode-trail\"", "Henvist", "data-testid=\"registration\"",
                "Fastlege", "HPR " + PatientFixtures.GP_HPR, "data-testid=\"period-current\" data-days=\"30\"",
                "href=\"/console/plans/patients/" + p[0] + "\"", "data-testid=\"access-log\"",
                "data-testid=\"messages\"", "<h2 id=\"utstyr\">Utstyr</h2>")
                .doesNotContain("style=\"", "<script>", " onclick=");
        String chart = spo2Chart(page);
        assertThat(chart).contains("data-testid=\"band-RED\"", "data-testid=\"band-YELLOW\"",
                "data-testid=\"band-GREEN\"", "<title id=\"chart-SPO2-title\">", "<desc id=\"chart-SPO2-desc\">",
                "role=\"img\"", "data-testid=\"point\"", "data-invalidated=\"true\"", "data-invalidated=\"false\"",
                "1 merket ugyldig");
        assertThat(page).contains("data-testid=\"chart-table-SPO2\"", "<summary>Tabell</summary>",
                "Ugyldig: Feil på måleren", "data-testid=\"report\" data-zone=\"RED\"",
                "data-testid=\"report\" data-zone=\"GREEN\"", "<ul class=\"reasons\">");
        assertThat(page.indexOf("data-zone=\"GREEN\"", page.indexOf("data-testid=\"reports\"")))
                .as("the newest report (green) first")
                .isLessThan(page.indexOf("data-testid=\"report\" data-zone=\"RED\""));
        assertThat(page).contains("data-testid=\"chart-PULSE\"").contains("Ingen målinger i perioden");

        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND action = 'READ' "
                + "AND resource LIKE 'patient GET /console/patients/%' AND outcome = 'ALLOWED' "
                + "AND actor_subject = 'pp-nina'", p[0])).isEqualTo("1");
        assertThat(ConsolePages.open("/console/patients/" + p[0] + "?dager=7"))
                .contains("data-testid=\"period-current\" data-days=\"7\"", "data-testid=\"access-row\"",
                        "Nina Nurse");
        assertThat(ConsolePages.open("/console/patients/" + p[0] + "?dager=12"))
                .contains("data-testid=\"period-current\" data-days=\"30\"");
    }

    @Test
    @TestSecurity(user = "pp-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "sid", value = "pp-s1")})
    void the_bands_change_where_a_new_threshold_version_came_into_force() {
        String[] p = patientWithReports();
        var proposed = ThresholdFixtures.propose(Tokens.nurse(), p[0],
                ThresholdFixtures.copdProposal("Lavere grenser etter 14 dager", 85, 89));
        var ordered = ThresholdFixtures.step(Tokens.physician(PatientFixtures.GP_HPR), p[0], proposed.path("id"),
                "order", ((Number) proposed.path("version")).longValue());
        assertThat(ThresholdFixtures.step(Tokens.nurse("nurse-2"), p[0], proposed.path("id"), "verification",
                ((Number) ordered.path("version")).longValue()).statusCode()).isEqualTo(200);
        report(p[1], 87, Instant.now().minus(30, ChronoUnit.MINUTES));

        String chart = spo2Chart(ConsolePages.open("/console/patients/" + p[0]));
        assertThat(chart).contains("data-testid=\"band-RED\" class=\"band band-RED\" data-version=\"1\"",
                "data-testid=\"band-RED\" class=\"band band-RED\" data-version=\"2\"");
    }

    @Test
    @TestSecurity(user = "pp-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"), @Claim(key = "municipality",
            value = "3238"), @Claim(key = "sid", value = "pp-s2")})
    void a_coordinator_of_another_municipality_gets_the_error_page_with_no_patient_data() throws Exception {
        String other = PatientFixtures.registerPatient("3209", "Terje", "Skjultsen", PatientFixtures.GP_HPR);
        Response refused = given().redirects().follow(false).get("/console/patients/" + other);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.asString()).contains("data-testid=\"error\"", "lang=\"nb\"")
                .doesNotContain("data-testid=\"patient-name\"", "Terje", "Skjultsen", other);
        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND outcome = 'DENIED' "
                + "AND actor_subject = 'pp-kari'", other)).isEqualTo("1");
        assertThat(ConsolePages.open("/console/patients?navn=Skjultsen")).doesNotContain(other);
    }

    @Test
    @TestSecurity(user = "pp-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"), @Claim(key = "municipality",
            value = "3209"), @Claim(key = "sid", value = "pp-s2")})
    void a_coordinator_of_the_patients_municipality_sees_the_registration_but_no_clinical_content() {
        String[] p = patientWithReports();
        String page = ConsolePages.open("/console/patients/" + p[0]);
        assertThat(page).contains("data-testid=\"patient-name\"", "data-testid=\"episode-trail\"",
                "<h2 id=\"utstyr\">Utstyr</h2>")
                .doesNotContain("data-testid=\"charts\"", "chart-SPO2", "data-testid=\"reports\"",
                        "data-testid=\"messages\"", "data-testid=\"access-log\"");
    }

    @Test
    @TestSecurity(user = "pp-lars", roles = "physician")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Lars Lege"), @Claim(key = "hpr", value = "9200001"),
            @Claim(key = "sid", value = "pp-s3")})
    void the_patients_gp_sees_the_charts_but_not_the_messages_or_the_access_log() {
        String[] p = patientWithReports();
        String page = ConsolePages.open("/console/patients/" + p[0]);
        assertThat(spo2Chart(page)).contains("data-testid=\"point\"");
        assertThat(page).doesNotContain("data-testid=\"messages\"", "data-testid=\"access-log\"");
    }

    @Test
    @TestSecurity(user = "pp-per", roles = "physician")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Per Lege"), @Claim(key = "hpr", value = "9299999"),
            @Claim(key = "sid", value = "pp-s4")})
    void another_physician_gets_the_error_page() {
        String id = PatientFixtures.registerPatient("3209", "Ola", "Fremmed", PatientFixtures.GP_HPR);
        Response refused = given().redirects().follow(false).get("/console/patients/" + id);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.asString()).contains("data-testid=\"error\"").doesNotContain("Fremmed");
    }

    @Test
    @TestSecurity(user = "pp-tara", roles = "team-leader")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Tara Teamleder"), @Claim(key = "sid", value = "pp-s5")})
    void roles_the_patient_api_does_not_serve_get_403() {
        String id = PatientFixtures.registerPatient("3209");
        for (String path : new String[] {"/console/patients", "/console/patients/" + id}) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.asString()).contains("data-testid=\"error\"", "Ingen tilgang")
                    .doesNotContain("data-testid=\"patient-name\"");
        }
        assertThat(ConsolePages.postWithoutToken("/console/patients/" + id, Map.of()).statusCode())
                .as("nothing to post to").isIn(403, 405);
    }
}
