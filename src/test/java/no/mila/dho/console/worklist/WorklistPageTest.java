package no.mila.dho.console.worklist;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mila.dho.console.ConsolePages;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The console's worklist (issue 17 item 1) against its DOM contract: counts, items in priority order, claim, close
 * with outcome and note, release, take over, bulk green, filters, the polling fragment; the same roles and access-log
 * rows as the API.
 */
@QuarkusTest
class WorklistPageTest {

    static final Pattern ITEM = Pattern.compile("<li id=\"item-[^\"]+\" class=\"[^\"]*\" data-testid=\"worklist-item\" "
            + "data-level=\"([A-Z]+)\" data-patient=\"([0-9a-f-]+)\" data-item=\"([0-9a-f-]+)\"");

    @Inject
    AgroalDataSource dataSource;

    /** A COPD patient in follow-up in {@code municipality}: {patientId, login}. */
    static String[] patient(String municipality) {
        String id = PatientFixtures.allocatedPatient(municipality, "COPD")[0];
        return new String[] {id, PatientFixtures.linkLogin(id)};
    }

    /** Sends a report with this SpO2 (96 green, 90 yellow, 80 red) through the API; returns the alert's id. */
    String report(String[] patient, int spo2) throws Exception {
        String reportId = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.patient(patient[1])).contentType(ContentType.JSON)
                .body(Map.of("reportId", reportId, "measuredAt",
                        OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(), "spo2", Map.of("value", spo2, "unit", "%")))
                .post("/api/me/reports").then().statusCode(201);
        return sql("SELECT a.id FROM alert a JOIN report r ON r.id = a.report_id WHERE r.client_report_id = ?::uuid",
                reportId);
    }

    String sql(String query, String parameter) throws Exception {
        return new AlertFixtures(dataSource).sql(query, parameter);
    }

    /** The items of a page or fragment in their order: {level, patient, item}. */
    static List<String[]> items(String html) {
        List<String[]> items = new ArrayList<>();
        Matcher m = ITEM.matcher(html);
        while (m.find()) {
            items.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        return items;
    }

    static List<String> itemIds(String html) {
        return items(html).stream().map(i -> i[2]).toList();
    }

    /** The markup of one item (from its opening tag to the next item or the end of the list). */
    static String item(String html, String id) {
        int start = html.indexOf("data-item=\"" + id + "\"");
        assertThat(start).as("item " + id + " on the page").isGreaterThanOrEqualTo(0);
        int end = html.indexOf("data-testid=\"worklist-item\"", start);
        return html.substring(start, end < 0 ? html.indexOf("</ol>", start) : end);
    }

    static int count(String html, String level) {
        Matcher m = Pattern.compile("data-testid=\"count-" + level + "\" data-count=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).as("count of " + level).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    @TestSecurity(user = "wl-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "hpr", value = "9100002"),
            @Claim(key = "sid", value = "wl-s1")})
    void a_nurse_sees_counts_and_items_in_priority_order_claims_and_closes_with_outcome_and_note() throws Exception {
        String[] greenPatient = patient("3238");
        String green = report(greenPatient, 96);
        String[] redPatient = patient("3238");
        String red = report(redPatient, 80);

        String page = ConsolePages.open("/console/worklist?municipality=3238");
        assertThat(page).contains("<h1>Arbeidsliste</h1>", "data-testid=\"worklist\"", "data-testid=\"worklist-status\"",
                "aria-live=\"polite\"", "data-poll-url=\"/console/worklist/items?municipality=3238\"",
                "data-poll-seconds=\"10\"", "/console/assets/worklist.js", "data-testid=\"refresh\"")
                .doesNotContain("style=\"", "<script>", " onclick=");
        List<String> ids = itemIds(page);
        assertThat(ids).contains(red, green);
        assertThat(ids.indexOf(red)).as("red before green").isLessThan(ids.indexOf(green));
        assertThat(items(page).stream().filter(i -> i[2].equals(red)).findFirst().orElseThrow())
                .containsExactly("RED", redPatient[0], red);
        assertThat(count(page, "RED")).isGreaterThanOrEqualTo(1);
        assertThat(count(page, "GREEN")).isGreaterThanOrEqualTo(1);
        for (String level : new String[] {"MESSAGE", "YELLOW", "TASK"}) {
            count(page, level);
        }
        String redItem = item(page, red);
        assertThat(redItem).contains("data-testid=\"claim\"", "zone zone-RED", "Rød", "Oksygenmetning (SpO2)", "80 %")
                .doesNotContain("data-testid=\"claimed-by\"");

        Response claimed = ConsolePages.post("/console/worklist/alerts/" + red + "/claim?municipality=3238", page,
                Map.of());
        assertThat(claimed.statusCode()).isEqualTo(303);
        assertThat(claimed.header("Location")).contains("/console/worklist?municipality=3238&ok=tatt");
        page = ConsolePages.open("/console/worklist?municipality=3238&ok=tatt");
        redItem = item(page, red);
        assertThat(redItem).contains("data-testid=\"claimed-by\"", "Tatt av Nina Nurse (deg)",
                "name=\"outcome\"", "data-testid=\"outcome\"", "name=\"note\"", "data-testid=\"note\"",
                "data-testid=\"close\"", "data-testid=\"release\"", "value=\"PATIENT_CONTACTED\"", "Pasienten kontaktet")
                .doesNotContain("data-testid=\"claim\"");
        assertThat(page).contains("Du har tatt saken.");

        Response closed = ConsolePages.post("/console/worklist/alerts/" + red + "/close?municipality=3238", page,
                Map.of("outcome", "PATIENT_CONTACTED", "note", "Ringte, råd etter planen"));
        assertThat(closed.statusCode()).isEqualTo(303);
        page = ConsolePages.open("/console/worklist?municipality=3238");
        assertThat(itemIds(page)).doesNotContain(red).contains(green);
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + red).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CLOSED"))
                .body("outcome", org.hamcrest.Matchers.equalTo("PATIENT_CONTACTED"))
                .body("note", org.hamcrest.Matchers.equalTo("Ringte, råd etter planen"))
                .body("closedBy", org.hamcrest.Matchers.equalTo("Nina Nurse"));
        assertThat(sql("SELECT count(*) FROM access_log WHERE patient_id = ?::uuid AND action = 'UPDATE' "
                + "AND resource LIKE 'work-item POST /console/worklist/alerts/%/close' AND outcome = 'ALLOWED' "
                + "AND actor_subject = 'wl-nina'", redPatient[0])).isEqualTo("1");
        assertThat(sql("SELECT count(*) FROM access_log WHERE action = 'SEARCH' AND resource = ? "
                + "AND actor_subject = 'wl-nina'", "worklist GET /console/worklist")).isNotEqualTo("0");
    }

    @Test
    @TestSecurity(user = "wl-nora", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nora Nurse"), @Claim(key = "hpr", value = "9100003"),
            @Claim(key = "sid", value = "wl-s2")})
    void a_nurse_releases_what_she_holds_and_takes_over_what_another_holds_saying_why() throws Exception {
        String mine = report(patient("3238"), 80);
        String others = report(patient("3238"), 80);
        given().auth().oauth2(Tokens.nurse("wl-kari")).post("/api/alerts/" + others + "/claim").then().statusCode(200);
        String page = ConsolePages.open("/console/worklist?municipality=3238");
        assertThat(item(page, others)).contains("Tatt av Sykepleier wl-kari", "data-testid=\"take-over\"",
                "name=\"reason\"").doesNotContain("data-testid=\"claim\"", "data-testid=\"close\"");

        assertThat(ConsolePages.post("/console/worklist/alerts/" + mine + "/claim", page, Map.of()).statusCode())
                .isEqualTo(303);
        page = ConsolePages.open("/console/worklist?municipality=3238");
        assertThat(ConsolePages.post("/console/worklist/alerts/" + mine + "/release", page, Map.of()).statusCode())
                .isEqualTo(303);
        page = ConsolePages.open("/console/worklist?municipality=3238&ok=frigitt");
        assertThat(item(page, mine)).contains("data-testid=\"claim\"").doesNotContain("data-testid=\"claimed-by\"");
        assertThat(page).contains("Saken er lagt tilbake i listen.");

        Response noReason = ConsolePages.post("/console/worklist/alerts/" + others + "/take-over", page,
                Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("text/html");
        assertThat(noReason.asString()).contains("data-testid=\"error\"", "Ugyldig forespørsel");
        assertThat(ConsolePages.post("/console/worklist/alerts/" + others + "/take-over", page,
                Map.of("reason", "Kari har gått for dagen")).statusCode()).isEqualTo(303);
        page = ConsolePages.open("/console/worklist?municipality=3238");
        assertThat(item(page, others)).contains("Tatt av Nora Nurse (deg)", "data-testid=\"close\"");
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + others).then()
                .body("trail[1].event", org.hamcrest.Matchers.equalTo("TAKEN_OVER"))
                .body("trail[1].reason", org.hamcrest.Matchers.equalTo("Kari har gått for dagen"));

        Response conflict = ConsolePages.post("/console/worklist/alerts/" + others + "/claim", page, Map.of());
        assertThat(conflict.statusCode()).as("hers already").isEqualTo(409);
        assertThat(conflict.asString()).contains("data-testid=\"error\"", "Endret i mellomtiden",
                "href=\"/console/worklist\"");
    }

    @Test
    @TestSecurity(user = "wl-nils", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nils Nurse"), @Claim(key = "hpr", value = "9100004"),
            @Claim(key = "sid", value = "wl-s3")})
    void green_alerts_are_acknowledged_in_bulk_and_leave_the_list() throws Exception {
        String a = report(patient("3238"), 96);
        String b = report(patient("3238"), 96);
        String page = ConsolePages.open("/console/worklist?municipality=3238&zone=GREEN");
        assertThat(items(page)).allSatisfy(i -> assertThat(i[0]).isEqualTo("GREEN"));
        assertThat(page).contains("data-testid=\"ack-green\"", "form=\"ack-green\"");
        Response ack = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf-token", ConsolePages.csrfToken(page)).formParam("alertId", a).formParam("alertId", b)
                .post("/console/worklist/green-acknowledgement?municipality=3238&zone=GREEN");
        assertThat(ack.statusCode()).isEqualTo(303);
        assertThat(ack.header("Location")).contains("zone=GREEN", "kvittert=2", "hoppet=0");
        page = ConsolePages.open("/console/worklist?municipality=3238&zone=GREEN&ok=kvittert&kvittert=2&hoppet=0");
        assertThat(itemIds(page)).doesNotContain(a, b);
        assertThat(page).contains("2 grønne meldinger er kvittert ut.");
    }

    @Test
    @TestSecurity(user = "wl-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "sid", value = "wl-s1")})
    void the_polling_fragment_is_the_list_alone_with_the_same_filters_and_a_new_red_report_on_top() throws Exception {
        String[] p = patient("3238");
        String fragment = given().get("/console/worklist/items?municipality=3238&zone=RED").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        assertThat(fragment).contains("data-testid=\"worklist\"", "data-testid=\"count-RED\"")
                .doesNotContain("<html", "<h1>", "Hovedmeny");
        int before = count(fragment, "RED");
        String red = report(p, 80);
        fragment = given().get("/console/worklist/items?municipality=3238&zone=RED").then().statusCode(200)
                .extract().asString();
        assertThat(count(fragment, "RED")).isEqualTo(before + 1);
        assertThat(itemIds(fragment)).contains(red);
        assertThat(items(fragment)).allSatisfy(i -> assertThat(i[0]).isEqualTo("RED"));
    }

    @Test
    @TestSecurity(user = "wl-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "sid", value = "wl-s1")})
    void filters_are_a_get_form_and_an_unknown_value_is_a_norwegian_error_page() {
        String page = ConsolePages.open("/console/worklist?zone=YELLOW&assigned=ME");
        assertThat(page).contains("<form method=\"get\" action=\"/console/worklist\"", "<label for=\"filter-zone\">",
                "<option value=\"YELLOW\" selected>Gul</option>", "<option value=\"ME\" selected>Mine</option>",
                "<label for=\"filter-municipality\">", "<label for=\"filter-pathway\">",
                "<label for=\"filter-task-type\">", "<label for=\"filter-assigned\">");
        assertThat(items(page)).allSatisfy(i -> assertThat(i[0]).isEqualTo("YELLOW"));
        Response bad = given().redirects().follow(false).get("/console/worklist?zone=BLUE");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("text/html");
        assertThat(bad.asString()).contains("data-testid=\"error\"", "Ugyldig forespørsel", "lang=\"nb\"")
                .doesNotContain("must be one of");
    }

    @Test
    @TestSecurity(user = "wl-nina", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "sid", value = "wl-s1")})
    void a_form_without_the_token_is_refused() throws Exception {
        String red = report(patient("3238"), 80);
        Response refused = ConsolePages.postWithoutToken("/console/worklist/alerts/" + red + "/claim", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("data-testid=\"error\"", "Ingen tilgang");
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + red).then()
                .body("status", org.hamcrest.Matchers.equalTo("OPEN"));
    }

    @Test
    @TestSecurity(user = "wl-lars", roles = "physician")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Lars Lege"), @Claim(key = "hpr", value = "9200001"),
            @Claim(key = "sid", value = "wl-s4")})
    void a_physician_may_not_open_the_worklist() {
        for (String path : new String[] {"/console/worklist", "/console/worklist/items"}) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.contentType()).startsWith("text/html");
            assertThat(response.asString()).contains("data-testid=\"error\"", "Ingen tilgang")
                    .doesNotContain("data-testid=\"worklist\"");
        }
    }

    @Test
    @TestSecurity(user = "wl-kari", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"), @Claim(key = "municipality", value = "3238"),
            @Claim(key = "sid", value = "wl-s5")})
    void a_coordinator_may_not_open_the_worklist() {
        assertThat(given().redirects().follow(false).get("/console/worklist").statusCode()).isEqualTo(403);
    }

    @Test
    @TestSecurity(user = "wl-tara", roles = "team-leader")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Tara Teamleder"), @Claim(key = "sid", value = "wl-s6")})
    void a_team_leader_sees_the_list_without_handling_it() throws Exception {
        String red = report(patient("3238"), 80);
        String page = ConsolePages.open("/console/worklist?municipality=3238");
        assertThat(itemIds(page)).contains(red);
        assertThat(item(page, red)).doesNotContain("data-testid=\"claim\"");
        assertThat(page).doesNotContain("data-testid=\"ack-green\"");
        Response refused = ConsolePages.postWithoutToken("/console/worklist/alerts/" + red + "/claim", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        given().auth().oauth2(Tokens.nurse()).get("/api/alerts/" + red).then()
                .body("status", org.hamcrest.Matchers.equalTo("OPEN"));
    }
}
