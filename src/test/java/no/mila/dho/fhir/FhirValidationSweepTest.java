package no.mila.dho.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import io.quarkus.test.junit.QuarkusTestProfile;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every resource the FHIR server returns validates with 0 errors (HAPI's FhirInstanceValidator, R4 core and the
 * vital-signs profiles, offline): over the demo data of the run command and over generated reports (random values
 * anywhere in each type's possible range, random symptom answers, so every zone and side occurs), every search of
 * every served type for every patient, page by page, as a nurse and as the hospital's client.
 */
@QuarkusTest
@TestProfile(FhirValidationSweepTest.WithDemoData.class)
class FhirValidationSweepTest {

    /** The run command's demo data. */
    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dho.demo-data.enabled", "true");
        }
    }

    private static final List<String> SEARCHED = List.of("Observation", "QuestionnaireResponse", "Flag",
            "Flag?status=inactive", "Task", "CarePlan", "AuditEvent");
    private static final List<String> HOSPITAL_SEARCHED = List.of("Observation", "QuestionnaireResponse", "Flag",
            "CarePlan");

    @Test
    void the_demo_data_and_generated_reports_validate_everywhere() {
        List<String> patients = new ArrayList<>(patientIds());
        patients.add(generatedPatient("COPD", 1));
        patients.add(generatedPatient("HEART_FAILURE", 2));
        int validated = 0;
        validated += sweep(FhirTokens.nurse(), patients, SEARCHED);
        validated += sweep(FhirTokens.hospital(), patients, HOSPITAL_SEARCHED);
        String questionnaires = given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Questionnaire").then()
                .statusCode(200).extract().asString();
        FhirValidation.assertValid(questionnaires);
        FhirValidation.assertValid(given().get("/fhir/r4/metadata").then().statusCode(200).extract().asString());
        assertThat(validated).as("resources validated").isGreaterThan(100);
    }

    private static int sweep(String token, List<String> patients, List<String> searches) {
        int resources = 0;
        for (String patient : patients) {
            int status = given().auth().oauth2(token).get("/fhir/r4/Patient/" + patient).then().extract().statusCode();
            if (status == 404) {
                continue;
            }
            for (String search : searches) {
                String url = "/fhir/r4/" + search + (search.contains("?") ? "&" : "?") + "patient=" + patient
                        + "&_count=50";
                while (url != null) {
                    // the next link HAPI writes is already URL-encoded
                    String json = given().urlEncodingEnabled(!url.startsWith("http")).auth().oauth2(token).get(url)
                            .then().statusCode(200).extract().asString();
                    FhirValidation.assertValid(json);
                    JsonPath bundle = JsonPath.from(json);
                    List<Object> entries = bundle.getList("entry");
                    resources += entries == null ? 0 : entries.size();
                    url = next(bundle);
                }
            }
        }
        return resources;
    }

    private static String next(JsonPath bundle) {
        List<Map<String, String>> links = bundle.getList("link");
        return links == null ? null : links.stream().filter(l -> "next".equals(l.get("relation")))
                .map(l -> l.get("url")).findFirst().orElse(null);
    }

    private static List<String> patientIds() {
        return given().auth().oauth2(Tokens.nurse()).queryParam("size", 100).get("/api/patients").then()
                .statusCode(200).extract().path("items.id");
    }

    /** A patient followed by Ahus with 60 reports of random values and answers (seeded: the same every run). */
    private static String generatedPatient(String pathway, long seed) {
        String id = PatientFixtures.allocatedPatient("3209", pathway)[0];
        int version = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + id).then().extract().path("version");
        Map<String, Object> physicians = new HashMap<>();
        physicians.put("gp", Map.of("name", "Lege", "hpr", PatientFixtures.GP_HPR));
        physicians.put("responsiblePhysician", Map.of("name", "Spesialist", "hpr", "9300001", "department",
                "COPD".equals(pathway) ? "AHUS_LUNG" : "AHUS_HEART"));
        physicians.put("version", version);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(physicians)
                .put("/api/patients/" + id + "/physicians").then().statusCode(200);
        String login = PatientFixtures.linkLogin(id);
        Map<String, List<String>> questions = questionnaire(login);
        Random random = new Random(seed);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        for (int i = 0; i < 60; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("reportId", UUID.randomUUID().toString());
            body.put("measuredAt", now.minusMinutes(10L * i).toString());
            BigDecimal systolic = between(random, 40, 300);
            body.put("bloodPressure", Map.of("systolic", systolic, "diastolic",
                    between(random, 20, Math.min(200, systolic.intValue() - 1)), "unit", "mmHg"));
            body.put("pulse", Map.of("value", between(random, 20, 300), "unit", "/min"));
            body.put("spo2", Map.of("value", between(random, 30, 100), "unit", "%"));
            body.put("weight", Map.of("value", between(random, 60, 90), "unit", "kg"));
            body.put("temperature", Map.of("value", between(random, 25, 45), "unit", "Cel"));
            if (i % 3 == 0) {
                body.put("device", Map.of("type", "PULSE_OXIMETER", "serial", "SN-" + i));
            }
            Map<String, String> answers = new HashMap<>();
            questions.forEach((q, options) -> answers.put(q, options.get(random.nextInt(options.size()))));
            body.put("symptoms", answers);
            given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON).body(body)
                    .post("/api/me/reports").then().log().ifValidationFails().statusCode(201);
        }
        return id;
    }

    private static BigDecimal between(Random random, int min, int max) {
        return BigDecimal.valueOf(min * 10L + random.nextInt((max - min) * 10 + 1), 1);
    }

    /** The questions of the patient's pathway and their option codes. */
    private static Map<String, List<String>> questionnaire(String login) {
        List<Map<String, Object>> questions = given().auth().oauth2(Tokens.patient(login)).get("/api/me/questionnaire")
                .then().statusCode(200).extract().path("questions");
        Map<String, List<String>> codes = new HashMap<>();
        for (Map<String, Object> q : questions) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
            codes.put((String) q.get("code"), options.stream().map(o -> (String) o.get("code")).toList());
        }
        return codes;
    }
}
