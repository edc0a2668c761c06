package no.mila.dho.fhir.observation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationProviderTest {

    private String patientId;
    private String subject;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** Five reports, one a day over the last five days (pulse 71..75 from the oldest... newest is 71). */
    @BeforeEach
    void reports() {
        String[] patient = ObservationFixtures.copdPatientWithLogin();
        patientId = patient[0];
        subject = patient[1];
        for (int day = 1; day <= 5; day++) {
            ObservationFixtures.report(subject, now.minus(day, ChronoUnit.DAYS), 130, 80, 70 + day, 96);
        }
    }

    private JsonPath search(String token, String query) {
        String json = given().auth().oauth2(token).when().get("/fhir/r4/Observation?" + query).then().statusCode(200)
                .extract().asString();
        FhirValidation.assertValid(json);
        return JsonPath.from(json);
    }

    @Test
    void a_search_pages_with_a_total_and_a_next_link_newest_first() {
        JsonPath page = search(FhirTokens.nurse(), "patient=" + patientId + "&code=http://loinc.org|8867-4&_count=2");
        assertThat(page.getInt("total")).isEqualTo(5);
        assertThat(page.getList("entry")).hasSize(2);
        assertThat(page.getList("entry.resource.valueQuantity.value", Number.class)).extracting(Number::intValue)
                .containsExactly(71, 72);
        String next = page.getString("link.find { it.relation == 'next' }.url");
        assertThat(next).contains("_offset=2");
        String second = given().urlEncodingEnabled(false).auth().oauth2(FhirTokens.nurse()).when().get(next).then().statusCode(200).extract()
                .asString();
        FhirValidation.assertValid(second);
        assertThat(JsonPath.from(second).getList("entry.resource.valueQuantity.value", Number.class))
                .extracting(Number::intValue).containsExactly(73, 74);
        JsonPath oldest = search(FhirTokens.nurse(), "patient=Patient/" + patientId + "&code=8867-4&_sort=date&_count=1");
        assertThat(oldest.getInt("entry[0].resource.valueQuantity.value")).isEqualTo(75);
    }

    @Test
    void code_date_and_category_filter() {
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId).getInt("total")).isEqualTo(15);
        JsonPath panels = search(FhirTokens.nurse(), "subject=" + patientId + "&code=http://loinc.org|85354-9");
        assertThat(panels.getInt("total")).isEqualTo(5);
        assertThat(panels.getList("entry.resource.component").get(0)).asList().hasSize(2);
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&code=8462-4").getInt("total")).isEqualTo(5);
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&code=2708-6,8867-4").getInt("total"))
                .isEqualTo(10);
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&code=http://loinc.org|1234-5")
                .getInt("total")).isZero();
        String split = now.minus(3 * 24 + 12, ChronoUnit.HOURS).toString();
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&code=8867-4&date=ge" + split)
                .getInt("total")).isEqualTo(3);
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&code=8867-4&date=le" + split)
                .getInt("total")).isEqualTo(2);
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&date=ge" + split + "&date=lt"
                + now.minus(36, ChronoUnit.HOURS)).getInt("total")).isEqualTo(6);
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&category=vital-signs").getInt("total"))
                .isEqualTo(15);
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&category=laboratory").getInt("total"))
                .isZero();
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&_lastUpdated=ge"
                + now.minus(1, ChronoUnit.HOURS)).getInt("total")).isEqualTo(15);
        assertThat(search(FhirTokens.nurse(), "patient=" + patientId + "&_lastUpdated=lt"
                + now.minus(1, ChronoUnit.HOURS)).getInt("total")).isZero();
        given().auth().oauth2(FhirTokens.nurse()).when().get("/fhir/r4/Observation?patient=" + patientId
                + "&value-quantity=5").then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(FhirTokens.nurse()).when().get("/fhir/r4/Observation?patient=" + patientId
                + "&_sort=code").then().statusCode(400);
    }

    @Test
    void a_read_is_validated_and_a_diastolic_id_is_not_an_observation() {
        List<Map<String, Object>> values = given().auth().oauth2(Tokens.nurse())
                .get("/api/patients/" + patientId + "/measurements?size=100").then().statusCode(200).extract()
                .path("items");
        String systolic = id(values, "SYSTOLIC");
        String json = given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Observation/" + systolic).then()
                .statusCode(200).body("code.coding[0].code", equalTo("85354-9")).extract().asString();
        FhirValidation.assertValid(json);
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Observation/" + id(values, "DIASTOLIC")).then()
                .statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Observation/" + java.util.UUID.randomUUID()).then()
                .statusCode(404);
        given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Observation/" + systolic).then().statusCode(404);
    }

    @Test
    void the_hospital_sees_a_patient_only_when_followed_by_its_department_and_coordinators_get_403() {
        assertThat(search(FhirTokens.hospital(), "patient=" + patientId).getInt("total")).isZero();
        int version = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId).then().statusCode(200)
                .extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("gp", Map.of("name", "Lege", "hpr", "9200001"));
        body.put("responsiblePhysician", Map.of("name", "Lungelege", "hpr", "9300001", "department", "AHUS_LUNG"));
        body.put("version", version);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body)
                .put("/api/patients/" + patientId + "/physicians").then().statusCode(200);
        assertThat(search(FhirTokens.hospital(), "patient=" + patientId).getInt("total")).isEqualTo(15);
        given().auth().oauth2(FhirTokens.coordinator("3209")).get("/fhir/r4/Observation?patient=" + patientId)
                .then().statusCode(403).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void a_patient_searches_their_own_observations_without_naming_themselves() {
        assertThat(search(FhirTokens.patient(subject), "code=8867-4").getInt("total")).isEqualTo(5);
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Observation?code=8867-4").then().statusCode(400);
        given().auth().oauth2(FhirTokens.patient("no-record-" + java.util.UUID.randomUUID()))
                .get("/fhir/r4/Observation?code=8867-4").then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
    }

    private static String id(List<Map<String, Object>> values, String type) {
        return values.stream().filter(v -> type.equals(v.get("type"))).findFirst().orElseThrow().get("id").toString();
    }
}
