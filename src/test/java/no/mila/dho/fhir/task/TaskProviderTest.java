package no.mila.dho.fhir.task;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import no.mila.dho.worklist.application.CadenceJob;
import org.junit.jupiter.api.Test;

/** Tasks over FHIR: the cadence tasks and the handling of alerts, by due date; nurses and physicians only. */
@QuarkusTest
class TaskProviderTest {

    static final String START = "2026-03-26";

    @Inject
    CadenceJob job;

    /**
     * A COPD patient started on Thursday 26 March 2026: the cadence on 7 April gives week 1's contact (due 7 April),
     * on 20 April the goal conversation and the threshold review (due 9 April) and no reports (due 20 April); then a
     * red report. Returns {patientId, login}.
     */
    String[] patientWithTasks() {
        String patient = PatientFixtures.registerPatient("3209");
        String episode = PatientFixtures.refer(patient, "COPD");
        PatientFixtures.assess(patient, episode, PatientFixtures.answers("COPD"));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("consentDate", "2026-03-25", "baselineNursingVisitsPerMonth", 0,
                        "baselineNursingMinutesPerMonth", 0, "startDate", START))
                .post("/api/patients/" + patient + "/episodes/" + episode + "/allocation").then().statusCode(200);
        job.run(LocalDate.parse("2026-04-07"));
        job.run(LocalDate.parse("2026-04-20"));
        String login = PatientFixtures.linkLogin(patient);
        given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON)
                .body(Map.of("reportId", UUID.randomUUID().toString(),
                        "measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(),
                        "spo2", Map.of("value", 80, "unit", "%")))
                .post("/api/me/reports").then().statusCode(201);
        return new String[] {patient, login};
    }

    static JsonPath get(String token, String path, int status) {
        String json = given().auth().oauth2(token).get("/fhir/r4/" + path).then().statusCode(status).extract()
                .asString();
        if (status == 200) {
            FhirValidation.assertValid(json);
        }
        return JsonPath.from(json);
    }

    static List<String> codes(JsonPath bundle) {
        return bundle.getList("entry.collect { it.resource.code.coding[0].code }");
    }

    @Test
    void cadence_tasks_and_the_alert_by_due_date_with_status_owner_and_paging() {
        String[] p = patientWithTasks();
        String nurse = FhirTokens.nurse();
        JsonPath all = get(nurse, "Task?patient=" + p[0], 200);
        assertThat(all.getInt("total")).isEqualTo(5);
        List<String> codes = codes(all);
        assertThat(codes.get(0)).isEqualTo("WEEKLY_CONTACT");
        assertThat(codes.subList(1, 3)).containsExactlyInAnyOrder("GOAL_CONVERSATION", "THRESHOLD_REVIEW");
        assertThat(codes.subList(3, 5)).containsExactly("NO_REPORTS", "HANDLE_ALERT");
        assertThat(all.getString("entry[0].resource.restriction.period.end")).isEqualTo("2026-04-07");
        assertThat(all.getString("entry[0].resource.businessStatus.coding[0].code")).isEqualTo("overdue");
        assertThat(all.<String>getList("entry.resource.status")).containsOnly("requested");
        String alertTask = all.getString("entry[4].resource.id");
        assertThat(alertTask).startsWith("alert-");
        assertThat(all.getString("entry[4].resource.focus.reference")).isEqualTo("Flag/" + alertTask.substring(6));
        assertThat(all.getString("entry[4].resource.priority")).isEqualTo("urgent");
        assertThat(codes(get(nurse, "Task?patient=" + p[0] + "&_sort=-due-date", 200)).get(0))
                .isEqualTo("HANDLE_ALERT");

        String weekly = all.getString("entry[0].resource.id");
        given().auth().oauth2(Tokens.nurse()).post("/api/tasks/" + weekly + "/claim").then().statusCode(200);
        given().auth().oauth2(Tokens.nurse()).post("/api/alerts/" + alertTask.substring(6) + "/claim").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PATIENT_CONTACTED", "note", "Ringte"))
                .post("/api/alerts/" + alertTask.substring(6) + "/close").then().statusCode(200);
        JsonPath held = get(nurse, "Task?patient=" + p[0] + "&status=in-progress", 200);
        assertThat(held.getInt("total")).isEqualTo(1);
        assertThat(held.getString("entry[0].resource.owner.display")).isEqualTo("Nora Sykepleier");
        JsonPath done = get(nurse, "Task/" + alertTask, 200);
        assertThat(done.getString("status")).isEqualTo("completed");
        assertThat(done.getString("output[0].valueCodeableConcept.coding[0].code")).isEqualTo("PATIENT_CONTACTED");
        assertThat(done.getString("executionPeriod.end")).isNotNull();
        assertThat(get(nurse, "Task?patient=" + p[0] + "&status=requested,completed", 200).getInt("total"))
                .isEqualTo(4);

        JsonPath first = get(nurse, "Task?patient=" + p[0] + "&_count=2", 200);
        assertThat(first.getString("link.find { it.relation == 'next' }.url")).contains("_offset=2");
        JsonPath third = get(nurse, "Task?patient=" + p[0] + "&_count=2&_offset=4", 200);
        assertThat(codes(third)).containsExactly("HANDLE_ALERT");
        given().auth().oauth2(nurse).get("/fhir/r4/Task?patient=" + p[0] + "&_sort=authored-on").then()
                .statusCode(400).body("resourceType", org.hamcrest.Matchers.equalTo("OperationOutcome"));
        given().auth().oauth2(nurse).get("/fhir/r4/Task").then().statusCode(400);
    }

    @Test
    void physicians_read_nurses_read_and_hospital_coordinator_and_patient_get_403() {
        String[] p = patientWithTasks();
        JsonPath all = get(FhirTokens.physician(PatientFixtures.GP_HPR), "Task?patient=" + p[0], 200);
        String task = all.getString("entry[0].resource.id");
        String alertTask = all.getString("entry[4].resource.id");
        get(FhirTokens.physician(PatientFixtures.GP_HPR), "Task/" + task, 200);
        get(FhirTokens.nurse(), "Task/" + alertTask, 200);
        get(FhirTokens.physician("9999999"), "Task/" + task, 404);
        get(FhirTokens.physician("9999999"), "Task/" + alertTask, 404);
        assertThat(get(FhirTokens.physician("9999999"), "Task?patient=" + p[0], 200).getInt("total")).isZero();
        get(FhirTokens.nurse(), "Task/" + UUID.randomUUID(), 404);
        get(FhirTokens.nurse(), "Task/alert-" + UUID.randomUUID(), 404);
        get(FhirTokens.nurse(), "Task/alert-nope", 404);
        get(FhirTokens.hospital(), "Task/" + task, 403);
        get(FhirTokens.hospital(), "Task?patient=" + p[0], 403);
        get(FhirTokens.coordinator("3209"), "Task?patient=" + p[0], 403);
        get(FhirTokens.patient(p[1]), "Task/" + task, 403);
    }
}
