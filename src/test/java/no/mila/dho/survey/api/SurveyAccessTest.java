package no.mila.dho.survey.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import no.mila.dho.survey.domain.LinkToken;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what with the survey, a coordinator's isolation to their own municipality, and that no answer can be
 * linked to a patient: not through the answer tables, not through the access log, not through the log.
 */
@QuarkusTest
class SurveyAccessTest {

    private static final String OWN = "9821";
    private static final String OTHER = "9822";
    private static String round;
    private static final List<String> logins = new ArrayList<>();
    private static final List<String> tokens = new ArrayList<>();

    @Inject
    AgroalDataSource dataSource;

    /** One closed round of 2091 that five patients of {@link #OWN} answered, made once for the class. */
    @BeforeEach
    void answeredRound() {
        if (round != null) {
            return;
        }
        SurveyFixtures.municipality(OWN);
        SurveyFixtures.municipality(OTHER);
        logins.addAll(SurveyFixtures.allocatedPatients(OWN, 5));
        SurveyFixtures.allocatedPatients(OTHER, 1);
        round = SurveyFixtures.openRound(SurveyFixtures.SURVEY_2024, 2091);
        Logged logged = Logged.start();
        try {
            for (String login : logins) {
                String token = SurveyFixtures.token(login, round);
                tokens.add(token);
                assertThat(SurveyFixtures.answer(token, 1, "Det beste er tryggheten")).isEqualTo(204);
            }
        } finally {
            logged.stop();
        }
        assertThat(logged.lines()).as("log lines while answering").noneMatch(l -> tokens.stream().anyMatch(l::contains));
        SurveyFixtures.close(round);
    }

    private String results() {
        return "/api/surveys/rounds/" + round + "/results";
    }

    @Test
    void the_team_leader_and_the_council_read_every_municipality_and_the_overall_results() {
        for (String token : List.of(Tokens.teamLeader(), Tokens.council())) {
            given().auth().oauth2(token).when().get(results()).then().statusCode(200);
            given().auth().oauth2(token).queryParam("municipality", OWN).when().get(results()).then().statusCode(200);
            given().auth().oauth2(token).queryParam("municipality", OTHER).when().get(results()).then().statusCode(200);
        }
    }

    @Test
    void a_coordinator_reads_their_own_municipality_and_the_overall_results_only() {
        String coordinator = Tokens.coordinator(OWN);
        given().auth().oauth2(coordinator).queryParam("municipality", OWN).when().get(results()).then().statusCode(200);
        given().auth().oauth2(coordinator).when().get(results()).then().statusCode(200);
        given().auth().oauth2(coordinator).queryParam("municipality", OTHER).when().get(results()).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.coordinator(OTHER)).queryParam("municipality", OWN).when().get(results()).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.coordinator(OTHER)).queryParam("municipality", OTHER).when().get(results())
                .then().statusCode(200);
    }

    @Test
    void patients_nurses_physicians_and_admins_read_no_results_and_manage_nothing() {
        for (String token : List.of(Tokens.patient(logins.get(0)), Tokens.nurse(), Tokens.physician("9200001"),
                Tokens.admin())) {
            given().auth().oauth2(token).when().get(results()).then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/surveys/rounds").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/surveys").then().statusCode(403);
        }
        for (String token : List.of(Tokens.coordinator(OWN), Tokens.council(), Tokens.nurse())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("surveyId", SurveyFixtures.SURVEY_2024, "year", 2092))
                    .when().post("/api/surveys/rounds").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/surveys/rounds/" + round + "/close").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", "x"))
                    .when().post("/api/surveys/" + SurveyFixtures.SURVEY_2024 + "/copy").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.nurse()).when().get("/api/me/survey-invitations").then().statusCode(403);
    }

    @Test
    void the_answer_tables_hold_nothing_of_a_patient_a_token_or_its_hash() throws SQLException {
        assertThat(columns("survey_response")).containsExactlyInAnyOrder("id", "round_id", "municipality");
        assertThat(columns("survey_answer")).containsExactlyInAnyOrder("response_id", "question_id", "option_id",
                "text");
        List<String> secrets = new ArrayList<>(tokens);
        logins.forEach(secrets::add);
        tokens.forEach(t -> secrets.add(HexFormat.of().formatHex(LinkToken.hash(t))));
        secrets.addAll(strings("SELECT patient_id::text FROM survey_invitation WHERE round_id = ?::uuid"));
        assertThat(secrets).hasSizeGreaterThan(15);
        List<String> cells = strings("""
                SELECT concat_ws('|', r.id, r.round_id, r.municipality, a.question_id, a.option_id, a.text)
                  FROM survey_response r JOIN survey_answer a ON a.response_id = r.id WHERE r.round_id = ?::uuid""");
        assertThat(cells).hasSize(10);
        assertThat(cells).noneMatch(cell -> secrets.stream().anyMatch(cell::contains));
        assertThat(strings("SELECT id::text FROM survey_response WHERE round_id = ?::uuid"))
                .as("the response ids are random, not the patients' or the invitations'").hasSize(5)
                .doesNotContainAnyElementsOf(secrets);
    }

    @Test
    void the_access_log_has_no_row_of_an_answer_and_no_token() throws SQLException {
        String requestId = "survey-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("token", tokens.get(0), "answers", List.of())).when().post("/api/survey-responses")
                .then().statusCode(410);
        assertThat(strings("SELECT resource FROM access_log WHERE request_id = ? OR resource LIKE '%survey-responses%'",
                requestId)).isEmpty();
        List<String> rows = strings("SELECT concat_ws('|', actor_subject, resource, request_id) FROM access_log "
                + "WHERE ? IS NOT NULL", round);
        assertThat(rows).isNotEmpty().noneMatch(row -> tokens.stream().anyMatch(row::contains));
    }

    private List<String> columns(String table) throws SQLException {
        return strings("SELECT column_name FROM information_schema.columns WHERE table_name = ?", table);
    }

    private List<String> strings(String sql) throws SQLException {
        return strings(sql, round);
    }

    private List<String> strings(String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }

    /** The log records of the application while it runs, formatted with their parameters and MDC. */
    private static final class Logged extends Handler {

        private final List<String> lines = new CopyOnWriteArrayList<>();

        static Logged start() {
            Logged logged = new Logged();
            Logger.getLogger("").addHandler(logged);
            Logger.getLogger(SurveyAccessTest.class.getName()).info("survey log capture check");
            assertThat(logged.lines).as("the handler sees the log").anyMatch(l -> l.contains("survey log capture check"));
            return logged;
        }

        void stop() {
            Logger.getLogger("").removeHandler(this);
        }

        List<String> lines() {
            return lines;
        }

        @Override
        public void publish(LogRecord record) {
            String mdc = record instanceof org.jboss.logmanager.ExtLogRecord ext ? String.valueOf(ext.getMdcCopy()) : "";
            lines.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(
                    record.getParameters()) + " " + mdc + " " + (record.getThrown() == null ? "" : record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
