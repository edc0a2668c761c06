package no.mila.dho.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A coordinator of municipality A (Nannestad, 3238) never receives any patient of B (Eidsvoll, 3240), through
 * any endpoint, filter, search or paging parameter; B's patients answer exactly like patients that do not exist.
 */
@QuarkusTest
class CoordinatorIsolationTest {

    private static final String A = "3238";
    private static final String B = "3240";

    @Test
    void a_coordinator_sees_only_their_own_municipality() {
        List<String> patientsOfA = new ArrayList<>();
        List<String> patientsOfB = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            patientsOfA.add(PatientFixtures.registerPatient(A, "Anna" + i, "Iso", PatientFixtures.GP_HPR));
            patientsOfB.add(PatientFixtures.registerPatient(B, "Bjørn" + i, "Iso", PatientFixtures.GP_HPR));
        }
        String[] bAllocated = PatientFixtures.allocatedPatient(B, "COPD");
        patientsOfB.add(bAllocated[0]);
        String coordinator = Tokens.coordinator(A);

        Set<String> seen = new HashSet<>();
        for (Map<String, String> query : List.of(Map.<String, String>of(), Map.of("name", "Iso"),
                Map.of("name", "Bjørn"), Map.of("municipality", B), Map.of("municipality", A),
                Map.of("nationalId", nationalIdOf(patientsOfB.get(0))))) {
            for (int size : new int[] {1, 5, 100}) {
                JsonPath first = search(coordinator, query, 0, size);
                int pages = first.getInt("totalPages");
                for (int page = 0; page <= pages; page++) {
                    JsonPath result = search(coordinator, query, page, size);
                    assertThat(result.getList("items.municipality", String.class)).allMatch(A::equals);
                    seen.addAll(result.getList("items.id", String.class));
                    assertThat(result.getLong("totalItems")).isLessThanOrEqualTo(countInA(query));
                }
            }
        }
        assertThat(seen).containsAll(patientsOfA).doesNotContainAnyElementsOf(patientsOfB);
        assertThat(search(coordinator, Map.of("municipality", B), 0, 100).getLong("totalItems")).isZero();
        assertThat(search(coordinator, Map.of("name", "Bjørn"), 0, 100).getLong("totalItems")).isZero();

        String absent = UUID.randomUUID().toString();
        for (String suffix : List.of("", "/episodes", "/equipment")) {
            JsonPath ofB = notFound(coordinator, "/api/patients/" + patientsOfB.get(0) + suffix);
            JsonPath ofNobody = notFound(coordinator, "/api/patients/" + absent + suffix);
            assertThat(ofB.getString("type")).isEqualTo(ofNobody.getString("type"));
            assertThat(ofB.getString("title")).isEqualTo(ofNobody.getString("title"));
            assertThat(ofB.getString("detail").replace(patientsOfB.get(0), "ID"))
                    .isEqualTo(ofNobody.getString("detail").replace(absent, "ID"));
        }
        notFound(coordinator, "/api/patients/" + bAllocated[0] + "/episodes/" + bAllocated[1] + "/pause");
        JsonPath equipmentOfB = notFound(coordinator, "/api/municipalities/" + B + "/equipment");
        JsonPath equipmentOfNowhere = notFound(coordinator, "/api/municipalities/9998/equipment");
        assertThat(equipmentOfB.getString("detail").replace(B, "N"))
                .isEqualTo(equipmentOfNowhere.getString("detail").replace("9998", "N"));
    }

    @Test
    void a_coordinator_reads_and_records_consent_only_in_their_own_municipality() {
        String coordinator = Tokens.coordinator(A);
        String ofA = PatientFixtures.allocatedPatient(A, "COPD")[0];
        String ofB = PatientFixtures.allocatedPatient(B, "COPD")[0];
        String absent = UUID.randomUUID().toString();
        given().auth().oauth2(coordinator).get("/api/patients/" + ofA + "/consent").then().statusCode(200);
        JsonPath consentOfB = notFound(coordinator, "/api/patients/" + ofB + "/consent");
        JsonPath consentOfNobody = notFound(coordinator, "/api/patients/" + absent + "/consent");
        assertThat(consentOfB.getString("detail").replace(ofB, "ID"))
                .isEqualTo(consentOfNobody.getString("detail").replace(absent, "ID"));
        Map<String, String> withdrawal = Map.of("party", "GP", "reason", "Ønsker ikke deling");
        given().auth().oauth2(coordinator).contentType("application/json").body(withdrawal)
                .post("/api/patients/" + ofB + "/consent/withdrawals").then().statusCode(404);
        given().auth().oauth2(coordinator).contentType("application/json").body(withdrawal)
                .post("/api/patients/" + ofA + "/consent/withdrawals").then().statusCode(201);
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + ofB + "/consent").then().statusCode(200)
                .body("sharing.find { it.party == 'GP' }.allowed", org.hamcrest.Matchers.equalTo(true));
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * Not even their own municipality's alerts: a coordinator neither reads, takes over nor reassigns a clinical
     * item of the worklist, and the nurse keeps it.
     */
    @Test
    void a_coordinator_neither_sees_nor_hands_over_the_clinical_items_of_their_own_patients() throws Exception {
        String alert = "/api/alerts/" + new AlertFixtures(dataSource).redAlert(A);
        given().auth().oauth2(Tokens.nurse("iso-nurse")).post(alert + "/claim").then().statusCode(200);
        String coordinator = Tokens.coordinator(A);
        given().auth().oauth2(coordinator).get(alert).then().statusCode(403);
        given().auth().oauth2(coordinator).get("/api/worklist").then().statusCode(403);
        for (String step : List.of("/take-over", "/reassign", "/close")) {
            given().auth().oauth2(coordinator).contentType("application/json")
                    .body(Map.of("reason", "x", "nurse", "iso-nurse", "outcome", "OTHER", "note", "x"))
                    .post(alert + step).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.nurse()).get(alert).then().statusCode(200)
                .body("claimedBy", org.hamcrest.Matchers.equalTo("Sykepleier iso-nurse"))
                .body("trail.event", org.hamcrest.Matchers.contains("CLAIMED"));
    }

    @Test
    void a_coordinator_gets_no_message_content_not_even_of_their_own_municipalitys_patients() {
        String ofA = PatientFixtures.allocatedPatient(A, "COPD")[0];
        String ofB = PatientFixtures.allocatedPatient(B, "COPD")[0];
        String coordinator = Tokens.coordinator(A);
        for (String patient : List.of(ofA, ofB)) {
            String thread = given().auth().oauth2(Tokens.nurse()).contentType("application/json")
                    .body(Map.of("subject", "Fortrolig emne", "text", "Fortrolig innhold")).post("/api/patients/" + patient
                            + "/messages").then().statusCode(201).extract().path("threadId");
            for (String path : List.of("/messages", "/messages/" + thread)) {
                String body = given().auth().oauth2(coordinator).get("/api/patients/" + patient + path)
                        .then().statusCode(403).extract().asString();
                assertThat(body).doesNotContain("Fortrolig");
            }
            given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("text", "x"))
                    .post("/api/patients/" + patient + "/messages/" + thread).then().statusCode(403);
        }
    }

    private static long countInA(Map<String, String> query) {
        return query.containsKey("municipality") && !A.equals(query.get("municipality")) ? 0 : Long.MAX_VALUE;
    }

    private static JsonPath search(String token, Map<String, String> query, int page, int size) {
        return given().auth().oauth2(token).queryParams(query).queryParam("page", page).queryParam("size", size)
                .when().get("/api/patients").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath notFound(String token, String path) {
        io.restassured.specification.RequestSpecification request = given().auth().oauth2(token);
        if (path.endsWith("/pause")) {
            return request.contentType("application/json").body(Map.of("reason", "x")).post(path)
                    .then().statusCode(404).extract().jsonPath();
        }
        return request.get(path).then().statusCode(404).extract().jsonPath();
    }

    private static String nationalIdOf(String patientId) {
        return given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId).then().extract().path("nationalId");
    }
}
