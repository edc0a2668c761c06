package no.mila.dho.economics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.audit.persistence.AccessLogEntity;
import no.mila.dho.economics.EconomicsFixtures;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The recipients over HTTP, counted in a municipality of its own (9473, a partner since 2026): two patients allocated
 * today (PatientFixtures) count this month, and none before.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecipientsApiTest {

    static final String TOWN = "9473";
    private final YearMonth now = YearMonth.now(ClockProducer.OSLO);
    private String first;
    private String second;

    @BeforeEach
    void data() {
        if (first != null) {
            return;
        }
        EconomicsFixtures.ensureMunicipality(TOWN, "Telleby", LocalDate.of(2026, 1, 1));
        first = PatientFixtures.registerPatient(TOWN, "Astrid", "Telle", PatientFixtures.GP_HPR);
        allocate(first, "COPD");
        second = PatientFixtures.registerPatient(TOWN, "Bjørn", "Telle", PatientFixtures.GP_HPR);
        allocate(second, "HEART_FAILURE");
        PatientFixtures.registerPatient(TOWN, "Referert", "Ikketalt", PatientFixtures.GP_HPR);
    }

    private static void allocate(String patient, String pathway) {
        String episode = PatientFixtures.refer(patient, pathway);
        PatientFixtures.assess(patient, episode, PatientFixtures.answers(pathway));
        given().auth().oauth2(Tokens.nurse()).contentType("application/json").body(PatientFixtures.allocation())
                .when().post("/api/patients/" + patient + "/episodes/" + episode + "/allocation")
                .then().statusCode(200);
    }

    private String url() {
        return "/api/economics/recipients?year=" + now.getYear() + "&municipality=" + TOWN;
    }

    @Test
    void allocated_patients_count_in_the_month_they_are_followed() {
        int index = now.getMonthValue() - 1;
        given().auth().oauth2(Tokens.teamLeader()).when().get(url())
                .then().statusCode(200).body("year", equalTo(now.getYear()))
                .body("rule.states", containsInAnyOrder("ACTIVE_BASELINE", "ACTIVE", "PAUSED"))
                .body("rule.minimumDays", equalTo(1)).body("rule.pausedCounts", equalTo(true))
                .body("municipalities", hasSize(1)).body("municipalities[0].municipality", equalTo(TOWN))
                .body("municipalities[0].name", equalTo("Telleby")).body("municipalities[0].months", hasSize(12))
                .body("municipalities[0].months[" + index + "].month", equalTo(now.toString()))
                .body("municipalities[0].months[" + index + "].recipients", equalTo(2))
                .body("municipalities[0].months[" + index + "].target", nullValue())
                .body("municipalities[0].recipientMonths", equalTo(2 * (12 - index)));
        if (index > 0) {
            given().auth().oauth2(Tokens.council()).when().get(url())
                    .then().statusCode(200).body("municipalities[0].months[" + (index - 1) + "].recipients", equalTo(0));
        }
    }

    @Test
    void the_patients_behind_a_count_for_the_team_leader_and_the_own_coordinator() {
        String path = "/api/economics/recipients/" + TOWN + "/" + now + "/patients";
        given().auth().oauth2(Tokens.teamLeader()).when().get(path)
                .then().statusCode(200).body("", hasSize(2)).body("name", containsInAnyOrder("Astrid Telle", "Bjørn Telle"))
                .body("find { it.name == 'Astrid Telle' }.id", equalTo(first))
                .body("find { it.name == 'Astrid Telle' }.pathway", equalTo("COPD"))
                .body("find { it.name == 'Bjørn Telle' }.id", equalTo(second))
                .body("find { it.name == 'Bjørn Telle' }.followedFrom", equalTo(PatientFixtures.allocation()
                        .get("startDate")))
                .body("find { it.name == 'Bjørn Telle' }.followedTo", nullValue());
        given().auth().oauth2(Tokens.coordinator(TOWN)).when().get(path).then().statusCode(200).body("", hasSize(2));
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/economics/recipients/" + TOWN + "/"
                + now.minusYears(1) + "/patients").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void the_patient_list_read_is_access_logged_and_so_is_a_refused_one() {
        String path = "/api/economics/recipients/" + TOWN + "/" + now + "/patients";
        String allowed = given().auth().oauth2(Tokens.teamLeader()).when().get(path)
                .then().statusCode(200).extract().header("X-Request-Id");
        String refused = given().auth().oauth2(Tokens.council()).when().get(path)
                .then().statusCode(403).extract().header("X-Request-Id");
        QuarkusTransaction.requiringNew().run(() -> {
            List<AccessLogEntity> rows = AccessLogEntity.list("requestId", allowed);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).action).isEqualTo(AccessAction.SEARCH);
            assertThat(rows.get(0).resource).startsWith("recipients GET /api/economics/recipients/" + TOWN);
            assertThat(rows.get(0).actorRole).isEqualTo("team-leader");
            assertThat(rows.get(0).outcome).isEqualTo(AccessOutcome.ALLOWED);
            List<AccessLogEntity> denied = AccessLogEntity.list("requestId", refused);
            assertThat(denied).hasSize(1);
            assertThat(denied.get(0).httpStatus).isEqualTo(403);
        });
    }

    @Test
    void the_report_as_csv_and_xlsx() {
        Response csv = given().auth().oauth2(Tokens.teamLeader()).when().get(url() + "&format=csv");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("tjenestemottakere-" + now.getYear() + "-" + TOWN + ".csv"))
                .header("Cache-Control", equalTo("no-store"));
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains("Tjenestemottakere").contains("Måltall").contains("Telleby");
        Response xlsx = given().auth().oauth2(Tokens.coordinator(TOWN)).accept(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").when().get(url());
        xlsx.then().statusCode(200).contentType(startsWith("application/vnd.openxmlformats"));
        assertThat(xlsx.asByteArray()).startsWith('P', 'K');
        Response patients = given().auth().oauth2(Tokens.teamLeader()).when()
                .get("/api/economics/recipients/" + TOWN + "/" + now + "/patients?format=csv");
        patients.then().statusCode(200).contentType(startsWith("text/csv"));
        assertThat(new String(patients.asByteArray(), StandardCharsets.UTF_8)).contains("Astrid Telle");
    }

    @Test
    void the_chart_is_a_png() {
        Response png = given().auth().oauth2(Tokens.council()).when()
                .get("/api/economics/recipients/chart?year=" + now.getYear() + "&municipality=" + TOWN);
        png.then().statusCode(200).contentType("image/png");
        assertThat(png.asByteArray()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void parameters_are_named() {
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/economics/recipients")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/economics/recipients?year=20x7")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/economics/recipients?year=2027&municipality=32")
                .then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/economics/recipients?year=2027&format=pdf")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/economics/recipients/" + TOWN + "/2027-3/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("month"));
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/economics/recipients/chart?year=2027")
                .then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/economics/recipients?year=2027&municipality=9478")
                .then().statusCode(404);
    }
}
