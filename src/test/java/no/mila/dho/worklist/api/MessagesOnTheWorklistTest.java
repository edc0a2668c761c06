package no.mila.dho.worklist.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.shared.time.NorwegianCalendar;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.TaskFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Closing a monthly contact by message, and the two device-doubt requests (control measurement, device check). */
@QuarkusTest
class MessagesOnTheWorklistTest {

    private static final String NURSE = Tokens.nurse();
    private static final LocalDate TODAY = ClockProducer.today(java.time.Clock.systemUTC());

    @Inject
    AgroalDataSource dataSource;

    private String task(String patientId, String type) throws Exception {
        return new TaskFixtures(dataSource).task(patientId, type, TODAY);
    }

    private String contactMessageOf(String taskId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT contact_message_id FROM follow_up_task WHERE id = ?::uuid")) {
            s.setString(1, taskId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static JsonPath post(String token, String path, Object body, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(status).extract().jsonPath();
    }

    private static String serviceMessage(String patientId) {
        return post(NURSE, "/api/patients/" + patientId + "/messages",
                Map.of("subject", "Månedlig kontakt", "text", "Hvordan går det?"), 201).getString("messageId");
    }

    @Test
    void a_monthly_contact_is_closed_as_contacted_by_a_message_of_that_patients_thread() throws Exception {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String other = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String task = task(patientId, "MONTHLY_CONTACT");
        String message = serviceMessage(patientId);
        String close = "/api/tasks/" + task + "/close-by-message";

        post(NURSE, close, Map.of("messageId", message), 409); // claim it first: nothing recorded
        assertThat(contactMessageOf(task)).isNull();
        given().auth().oauth2(NURSE).post("/api/tasks/" + task + "/claim").then().statusCode(200);
        post(NURSE, close, Map.of("messageId", serviceMessage(other)), 400).getList("errors.field").contains("messageId");
        post(NURSE, close, Map.of("messageId", UUID.randomUUID().toString()), 400);
        String patientsOwn = post(Tokens.patient(PatientFixtures.linkLogin(patientId)), "/api/me/messages",
                Map.of("subject", "Fra meg", "text", "x"), 201).getString("messageId");
        post(NURSE, close, Map.of("messageId", patientsOwn), 400); // the patient's message is not a contact by the service
        post(NURSE, close, Map.of(), 400);

        JsonPath closed = post(NURSE, close, Map.of("messageId", message, "note", "Svarte på melding"), 200);
        assertThat(closed.getString("task.status")).isEqualTo("CLOSED");
        assertThat(closed.getString("task.outcome")).isEqualTo("PATIENT_CONTACTED");
        assertThat(closed.getString("messageId")).isEqualTo(message);
        assertThat(contactMessageOf(task)).isEqualTo(message);
        post(NURSE, close, Map.of("messageId", message), 409);
    }

    @Test
    void only_a_monthly_contact_can_be_closed_by_message() throws Exception {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String task = task(patientId, "NO_REPORTS");
        given().auth().oauth2(NURSE).post("/api/tasks/" + task + "/claim").then().statusCode(200);
        post(NURSE, "/api/tasks/" + task + "/close-by-message", Map.of("messageId", serviceMessage(patientId)), 409);
        post(NURSE, "/api/tasks/" + UUID.randomUUID() + "/close-by-message", Map.of("messageId", UUID.randomUUID()), 404);
    }

    @Test
    void a_control_measurement_is_a_message_to_the_patient_and_a_task_due_the_next_working_day() {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String me = Tokens.patient(PatientFixtures.linkLogin(patientId));
        String path = "/api/patients/" + patientId + "/device-doubts/control-measurement";
        JsonPath asked = post(NURSE, path, Map.of("note", "Metningen din virket lav."), 201);

        JsonPath thread = given().auth().oauth2(me).get("/api/me/messages/" + asked.getString("threadId")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(thread.getString("thread.subject")).isEqualTo("Ny kontrollmåling");
        assertThat(thread.getString("messages.items[0].text")).startsWith("Oppfølgingstjenesten ber deg måle på nytt.")
                .endsWith("Metningen din virket lav.");
        given().auth().oauth2(NURSE).get("/api/tasks/" + asked.getString("taskId")).then().statusCode(200)
                .body("status", equalTo("OPEN"));
        assertThat(dueOf(asked.getString("taskId"))).isEqualTo(NorwegianCalendar.onOrAfter(TODAY.plusDays(1)));
        post(NURSE, path, Map.of(), 409); // one open at a time: no second message either
        assertThat(given().auth().oauth2(me).get("/api/me/messages").then().extract().jsonPath()
                .getLong("totalItems")).isEqualTo(1);
    }

    @Test
    void a_device_check_shows_in_the_coordinators_overview_with_the_device_and_nothing_clinical() {
        String patientId = PatientFixtures.allocatedPatient("3238", "COPD")[0];
        post(NURSE, "/api/patients/" + patientId + "/device-doubts/device-check", Map.of("device", "PULSE_OXIMETER"), 201);
        post(NURSE, "/api/patients/" + patientId + "/device-doubts/device-check", Map.of(), 409);
        post(NURSE, "/api/patients/" + patientId + "/device-doubts/device-check", Map.of("device", "X"), 400);
        JsonPath overview = given().auth().oauth2(Tokens.coordinator("3238")).queryParam("size", 100)
                .get("/api/municipalities/3238/overview").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = overview.getList("items.findAll { it.patientId == '" + patientId + "' }");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("deviceCheck", "Hjemmebesøk for å kontrollere utstyret: pulsoksymeter")
                .containsEntry("deviceCheckDue", NorwegianCalendar.onOrAfter(TODAY).toString());
        for (String path : List.of("/device-doubts/device-check", "/device-doubts/control-measurement")) {
            post(Tokens.coordinator("3238"), "/api/patients/" + patientId + path, Map.of(), 403);
            post(Tokens.physician(PatientFixtures.GP_HPR), "/api/patients/" + patientId + path, Map.of(), 403);
        }
    }

    private LocalDate dueOf(String taskId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT due_date FROM follow_up_task WHERE id = ?::uuid")) {
            s.setString(1, taskId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getObject(1, LocalDate.class);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
