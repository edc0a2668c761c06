package no.mila.dho.fhir.questionnaire;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code QuestionnaireResponse} over the FHIR server, with reports sent through the REST API as the app and a nurse
 * send them: read and search for each role, the hospital under consent and department only, paging, filters.
 */
@QuarkusTest
class QuestionnaireResponseProviderTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    private String patientId;
    private String login;
    /** The app's report ids, oldest first: the patient's two answered reports and the nurse's. */
    private final List<String> answered = new java.util.ArrayList<>();

    @BeforeEach
    void patientWithReports() {
        patientId = PatientFixtures.allocatedPatient("3209", "HEART_FAILURE")[0];
        login = PatientFixtures.linkLogin(patientId);
        answered.add(send(Tokens.patient(login), "/api/me/reports", NOW.minusHours(5),
                Map.of("BREATHLESSNESS", "WORSE", "SWOLLEN_LEGS", "NO")));
        send(Tokens.patient(login), "/api/me/reports", NOW.minusHours(4), null);
        answered.add(send(Tokens.patient(login), "/api/me/reports", NOW.minusHours(3), Map.of("DIZZINESS", "NO")));
        answered.add(send(Tokens.nurse(), "/api/patients/" + patientId + "/reports", NOW.minusHours(2),
                Map.of("PILLOWS", "YES")));
    }

    private static String send(String token, String path, OffsetDateTime at, Map<String, String> symptoms) {
        String reportId = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>();
        body.put("reportId", reportId);
        body.put("measuredAt", at.toString());
        body.put("weight", Map.of("value", 80, "unit", "kg"));
        if (symptoms != null) {
            body.put("symptoms", symptoms);
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then()
                .log().ifValidationFails().statusCode(201);
        return reportId;
    }

    private static JsonPath fhir(String token, String path, int status) {
        boolean link = path.startsWith("http"); // a link HAPI wrote is already URL-encoded
        String json = given().urlEncodingEnabled(!link).auth().oauth2(token).when().get(link ? path : "/fhir/r4/" + path)
                .then().log().ifValidationFails().statusCode(status).extract().asString();
        FhirValidation.assertValid(json);
        JsonPath parsed = JsonPath.from(json);
        if ("Bundle".equals(parsed.getString("resourceType"))) {
            List<Map<String, Object>> entries = parsed.getList("entry.resource");
            if (entries != null) {
                entries.forEach(e -> FhirValidation.assertValid(toJson(e)));
            }
        }
        return parsed;
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> reportIdsOf(JsonPath bundle) {
        List<String> ids = bundle.getList("entry.resource.identifier.value");
        return ids == null ? List.of() : ids;
    }

    @Test
    void a_nurse_finds_the_answered_reports_newest_first_and_reads_each() {
        JsonPath bundle = fhir(FhirTokens.nurse(), "QuestionnaireResponse?patient=" + patientId, 200);
        assertThat(bundle.getInt("total")).isEqualTo(3);
        assertThat(reportIdsOf(bundle)).containsExactly(answered.get(2), answered.get(1), answered.get(0));
        assertThat(bundle.getList("entry.resource.questionnaire", String.class))
                .containsOnly("urn:mila:dho:questionnaire:heart-failure");
        assertThat(bundle.getString("entry[0].resource.author.display")).isEqualTo("Nora Sykepleier");
        assertThat(bundle.getString("entry[1].resource.author.reference")).isEqualTo("Patient/" + patientId);
        assertThat(bundle.getList("entry[2].resource.item.linkId")).containsExactly("BREATHLESSNESS", "SWOLLEN_LEGS");
        assertThat(bundle.getString("entry[2].resource.item[0].answer[0].valueCoding.code")).isEqualTo("WORSE");
        assertThat(bundle.getString("entry[2].resource.item[0].answer[0].valueCoding.display"))
                .isEqualTo("Litt verre enn vanlig");

        String id = bundle.getString("entry[0].resource.id");
        JsonPath read = fhir(FhirTokens.nurse(), "QuestionnaireResponse/" + id, 200);
        assertThat(read.getString("identifier.value")).isEqualTo(answered.get(2));
        assertThat(read.getString("status")).isEqualTo("completed");
        assertThat(read.getString("subject.reference")).isEqualTo("Patient/" + patientId);
        fhir(FhirTokens.physician(PatientFixtures.GP_HPR), "QuestionnaireResponse/" + id, 200);
        fhir(FhirTokens.physician("9299999"), "QuestionnaireResponse/" + id, 404);
        fhir(FhirTokens.nurse(), "QuestionnaireResponse/" + UUID.randomUUID(), 404);
        fhir(FhirTokens.nurse(), "QuestionnaireResponse/not-a-uuid", 404);
    }

    @Test
    void pages_follow_the_next_link_and_the_filters_narrow_the_search() {
        String base = "QuestionnaireResponse?subject=Patient/" + patientId;
        JsonPath first = fhir(FhirTokens.nurse(), base + "&_count=2", 200);
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(reportIdsOf(first)).containsExactly(answered.get(2), answered.get(1));
        List<Map<String, String>> links = first.getList("link");
        String next = links.stream().filter(l -> "next".equals(l.get("relation"))).findFirst().orElseThrow()
                .get("url");
        assertThat(next).contains("_offset=2");
        JsonPath second = fhir(FhirTokens.nurse(), next, 200);
        assertThat(second.getInt("total")).isEqualTo(3);
        assertThat(reportIdsOf(second)).containsExactly(answered.get(0));

        assertThat(reportIdsOf(fhir(FhirTokens.nurse(), base + "&_sort=authored", 200)))
                .containsExactly(answered.get(0), answered.get(1), answered.get(2));
        String after = NOW.minusHours(4).toInstant().toString();
        assertThat(reportIdsOf(fhir(FhirTokens.nurse(), base + "&authored=ge" + after, 200)))
                .containsExactly(answered.get(2), answered.get(1));
        assertThat(reportIdsOf(fhir(FhirTokens.nurse(), base + "&authored=ge" + after + "&authored=le"
                + NOW.minusHours(3).toInstant(), 200))).containsExactly(answered.get(1));
        assertThat(fhir(FhirTokens.nurse(), base + "&questionnaire=urn:mila:dho:questionnaire:heart-failure", 200)
                .getInt("total")).isEqualTo(3);
        assertThat(fhir(FhirTokens.nurse(), base + "&questionnaire=Questionnaire/copd", 200).getInt("total")).isZero();
        assertThat(fhir(FhirTokens.nurse(), base + "&_lastUpdated=ge" + NOW.minusHours(1).toInstant(), 200)
                .getInt("total")).isEqualTo(3);
        assertThat(fhir(FhirTokens.nurse(), base + "&_lastUpdated=lt" + NOW.minusDays(1).toInstant(), 200)
                .getInt("total")).isZero();
        fhir(FhirTokens.nurse(), base + "&_sort=status", 400);
        fhir(FhirTokens.nurse(), "QuestionnaireResponse", 400);
    }

    @Test
    void a_patient_sees_only_their_own_answers() {
        JsonPath own = fhir(FhirTokens.patient(login), "QuestionnaireResponse", 200);
        assertThat(own.getInt("total")).isEqualTo(3);
        String id = own.getString("entry[0].resource.id");
        fhir(FhirTokens.patient(login), "QuestionnaireResponse/" + id, 200);
        String other = PatientFixtures.linkLogin(PatientFixtures.allocatedPatient("3209", "HEART_FAILURE")[0]);
        fhir(FhirTokens.patient(other), "QuestionnaireResponse/" + id, 404);
        assertThat(fhir(FhirTokens.patient(other), "QuestionnaireResponse?patient=" + patientId, 200).getInt("total"))
                .isZero();
    }

    @Test
    void the_hospital_sees_the_answers_only_of_consented_patients_its_departments_follow() {
        String search = "QuestionnaireResponse?patient=" + patientId;
        String id = fhir(FhirTokens.nurse(), search, 200).getString("entry[0].resource.id");
        assertThat(fhir(FhirTokens.hospital(), search, 200).getInt("total")).isZero();
        fhir(FhirTokens.hospital(), "QuestionnaireResponse/" + id, 404);

        int version = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId).then().statusCode(200)
                .extract().path("version");
        Map<String, Object> physicians = new HashMap<>();
        physicians.put("gp", Map.of("name", "Lege", "hpr", PatientFixtures.GP_HPR));
        physicians.put("responsiblePhysician", Map.of("name", "Kardiolog", "hpr", "9300001",
                "department", "AHUS_HEART"));
        physicians.put("version", version);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(physicians)
                .put("/api/patients/" + patientId + "/physicians").then().log().ifValidationFails().statusCode(200);

        assertThat(fhir(FhirTokens.hospital(), search, 200).getInt("total")).isEqualTo(3);
        fhir(FhirTokens.hospital(), "QuestionnaireResponse/" + id, 200);
        assertThat(fhir(FhirTokens.hospital("OTHER_HOSPITAL", FhirTokens.HOSPITAL_SCOPES), search, 200)
                .getInt("total")).isZero();
    }

    @Test
    void coordinators_get_nothing() {
        given().auth().oauth2(FhirTokens.coordinator("3209")).when()
                .get("/fhir/r4/QuestionnaireResponse?patient=" + patientId).then().statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"));
    }
}
