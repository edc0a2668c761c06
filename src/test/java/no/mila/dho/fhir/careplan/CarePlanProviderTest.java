package no.mila.dho.fhir.careplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.PatientFixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CarePlanProviderTest {

    static JsonPath get(String token, String path, int status) {
        String json = given().auth().oauth2(token).get("/fhir/r4/" + path).then().statusCode(status).extract().asString();
        FhirValidation.assertValid(json);
        return JsonPath.from(json);
    }

    @Test
    void the_plan_in_force_its_versions_and_its_history() {
        String patient = PlanFixtures.patientWithThreeVersions(false);
        String nurse = FhirTokens.nurse();

        JsonPath plan = get(nurse, "CarePlan/" + patient, 200);
        assertThat(plan.getString("status")).isEqualTo("active");
        assertThat(plan.getString("meta.versionId")).isEqualTo("2");
        assertThat(plan.getString("description")).isEqualTo("Hva er viktig for deg? Klare trappene hjemme");
        assertThat(plan.getString("subject.reference")).isEqualTo("Patient/" + patient);
        assertThat(plan.getString("contained[0].identifier[0].value")).isEqualTo(PatientFixtures.GP_HPR);
        List<String> zones = plan.getList("activity.detail.code.text", String.class).stream()
                .map(t -> t.substring(0, t.indexOf(':'))).distinct().toList();
        assertThat(zones).containsExactly("Grønn sone", "Gul sone", "Rød sone");
        assertThat(plan.getString("note[0].text")).startsWith("Godkjent av ");

        JsonPath first = get(nurse, "CarePlan/" + patient + "/_history/1", 200);
        assertThat(first.getString("status")).isEqualTo("revoked");
        assertThat(first.getString("period.end")).isNotNull();
        assertThat(get(nurse, "CarePlan/" + patient + "/_history/3", 200).getString("status")).isEqualTo("draft");
        get(nurse, "CarePlan/" + patient + "/_history/9", 404);

        JsonPath history = get(nurse, "CarePlan/" + patient + "/_history", 200);
        assertThat(history.getString("type")).isEqualTo("history");
        assertThat(history.getList("entry.resource.meta.versionId", String.class)).containsExactly("3", "2", "1");
        assertThat(history.getList("entry.resource.status", String.class))
                .containsExactly("draft", "active", "revoked");
    }

    @Test
    void search_by_patient_and_status_with_paging() {
        String patient = PlanFixtures.patientWithThreeVersions(false);
        String nurse = FhirTokens.nurse();
        JsonPath all = get(nurse, "CarePlan?patient=Patient/" + patient, 200);
        assertThat(all.getInt("total")).isEqualTo(1);
        assertThat(all.getString("entry[0].resource.status")).isEqualTo("active");
        assertThat(get(nurse, "CarePlan?patient=" + patient + "&status=active", 200).getInt("total")).isEqualTo(1);
        assertThat(get(nurse, "CarePlan?subject=" + patient + "&status=draft,revoked", 200).getInt("total")).isZero();
        JsonPath second = get(nurse, "CarePlan?patient=" + patient + "&_count=1&_offset=1", 200);
        assertThat(second.getInt("total")).isEqualTo(1);
        assertThat(second.getList("entry")).isNullOrEmpty();
        JsonPath bad = get(nurse, "CarePlan?patient=" + patient + "&status=bogus", 400);
        assertThat(bad.getString("resourceType")).isEqualTo("OperationOutcome");
        assertThat(get(nurse, "CarePlan", 400).getString("resourceType")).isEqualTo("OperationOutcome");
    }

    @Test
    void a_draft_only_plan_is_a_draft_and_no_plan_is_404() {
        String patient = PlanFixtures.allocatedPatient(false);
        String nurse = FhirTokens.nurse();
        get(nurse, "CarePlan/" + patient, 404);
        get(nurse, "CarePlan/" + patient + "/_history", 404);
        assertThat(get(nurse, "CarePlan?patient=" + patient, 200).getInt("total")).isZero();
        PlanFixtures.draft(patient, "Gå tur");
        assertThat(get(nurse, "CarePlan/" + patient, 200).getString("status")).isEqualTo("draft");
        assertThat(get(nurse, "CarePlan?patient=" + patient + "&status=draft", 200).getInt("total")).isEqualTo(1);
        get(nurse, "CarePlan/not-a-uuid", 404);
    }

    @Test
    void the_physician_and_the_patient_read_it_and_the_patient_only_their_own() {
        String patient = PlanFixtures.patientWithThreeVersions(false);
        String other = PlanFixtures.patientWithThreeVersions(false);
        get(FhirTokens.physician(PatientFixtures.GP_HPR), "CarePlan/" + patient, 200);
        get(FhirTokens.physician("9299999"), "CarePlan/" + patient, 404);
        String login = PatientFixtures.linkLogin(patient);
        String own = FhirTokens.patient(login);
        JsonPath mine = get(own, "CarePlan", 200);
        assertThat(mine.getInt("total")).isEqualTo(1);
        assertThat(mine.getString("entry[0].resource.id")).isEqualTo(patient);
        get(own, "CarePlan/" + patient + "/_history/1", 200);
        get(own, "CarePlan/" + other, 404);
        assertThat(get(own, "CarePlan?patient=" + other, 200).getInt("total")).isZero();
    }

    @Test
    void the_hospital_sees_only_consented_patients_of_its_departments_and_coordinators_nothing() {
        String ahus = PlanFixtures.patientWithThreeVersions(true);
        String gpReferred = PlanFixtures.patientWithThreeVersions(false);
        String hospital = FhirTokens.hospital();
        assertThat(get(hospital, "CarePlan/" + ahus, 200).getString("status")).isEqualTo("active");
        JsonPath active = get(hospital, "CarePlan?patient=" + ahus + "&status=active", 200);
        assertThat(active.getInt("total")).isEqualTo(1);
        get(hospital, "CarePlan/" + gpReferred, 404);
        get(hospital, "CarePlan/" + gpReferred + "/_history", 404);
        assertThat(get(hospital, "CarePlan?patient=" + gpReferred, 200).getInt("total")).isZero();
        String coordinator = FhirTokens.coordinator("3209");
        given().auth().oauth2(coordinator).get("/fhir/r4/CarePlan/" + ahus).then().statusCode(403);
        given().auth().oauth2(coordinator).get("/fhir/r4/CarePlan?patient=" + ahus).then().statusCode(403);
    }
}
