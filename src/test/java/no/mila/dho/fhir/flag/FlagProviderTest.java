package no.mila.dho.fhir.flag;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
import org.junit.jupiter.api.Test;

/** Flags over FHIR: one per alert, open ones by default, worst first; who sees which. */
@QuarkusTest
class FlagProviderTest {

    static final LocalDate TODAY = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC());

    /** An allocated COPD patient referred by {@code source} (GP, or AHUS_LUNG); returns {patientId, login}. */
    static String[] patient(boolean fromAhus) {
        String id = PatientFixtures.registerPatient("3209");
        Map<String, Object> referral = fromAhus
                ? Map.of("pathway", "COPD", "source", "HOSPITAL_DEPARTMENT", "department", "AHUS_LUNG",
                        "oralConsent", true, "referredOn", TODAY.minusDays(3).toString())
                : Map.of("pathway", "COPD", "source", "GP", "oralConsent", true,
                        "referredOn", TODAY.minusDays(3).toString());
        String episode = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(referral)
                .post("/api/patients/" + id + "/episodes").then().statusCode(201).extract().path("id");
        PatientFixtures.assess(id, episode, PatientFixtures.answers("COPD"));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(PatientFixtures.allocation())
                .post("/api/patients/" + id + "/episodes/" + episode + "/allocation").then().statusCode(200);
        return new String[] {id, PatientFixtures.linkLogin(id)};
    }

    /** A report with this SpO2 as the patient (96 green, 90 yellow, 80 red). */
    static void report(String[] patient, int spo2) {
        given().auth().oauth2(Tokens.patient(patient[1])).contentType(ContentType.JSON)
                .body(Map.of("reportId", UUID.randomUUID().toString(),
                        "measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(),
                        "spo2", Map.of("value", spo2, "unit", "%")))
                .post("/api/me/reports").then().statusCode(201);
    }

    static JsonPath get(String token, String path, int status) {
        String json = given().auth().oauth2(token).get("/fhir/r4/" + path).then().statusCode(status).extract()
                .asString();
        if (status == 200) {
            FhirValidation.assertValid(json);
        }
        return JsonPath.from(json);
    }

    /** A patient with a green alert (closed by a nurse), then a yellow and a red one (open). */
    static String[] withAlerts(boolean fromAhus) {
        String[] p = patient(fromAhus);
        report(p, 96);
        String green = get(FhirTokens.nurse(), "Flag?patient=" + p[0], 200).getString("entry[0].resource.id");
        given().auth().oauth2(Tokens.nurse()).post("/api/alerts/" + green + "/claim").then().statusCode(200);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PATIENT_CONTACTED", "note", "Ringte")).post("/api/alerts/" + green + "/close")
                .then().statusCode(200);
        report(p, 90);
        report(p, 80);
        return p;
    }

    @Test
    void open_flags_worst_first_closed_ones_on_request_and_pages_with_a_next_link() {
        String[] p = withAlerts(false);
        String nurse = FhirTokens.nurse();
        JsonPath open = get(nurse, "Flag?patient=" + p[0], 200);
        assertThat(open.getInt("total")).isEqualTo(2);
        assertThat(open.<String>getList("entry.collect { it.resource.code.coding[0].code }")).containsExactly("RED", "YELLOW");
        assertThat(open.<String>getList("entry.resource.status")).containsOnly("active");
        assertThat(open.getString("entry[0].resource.code.text")).contains("under den røde grensen");
        assertThat(open.getString("entry[0].resource.code.coding[0].display")).isEqualTo("Rød");
        JsonPath closed = get(nurse, "Flag?subject=Patient/" + p[0] + "&status=inactive", 200);
        assertThat(closed.<String>getList("entry.collect { it.resource.code.coding[0].code }")).containsExactly("GREEN");
        assertThat(closed.getString("entry[0].resource.period.end")).isNotNull();
        JsonPath all = get(nurse, "Flag?patient=" + p[0] + "&status=active,inactive&_count=2", 200);
        assertThat(all.getInt("total")).isEqualTo(3);
        String next = all.getString("link.find { it.relation == 'next' }.url");
        assertThat(next).contains("_offset=2");
        JsonPath second = get(nurse, "Flag?patient=" + p[0] + "&status=active,inactive&_count=2&_offset=2", 200);
        assertThat(second.<String>getList("entry.collect { it.resource.code.coding[0].code }")).containsExactly("GREEN");
        String tomorrow = TODAY.plusDays(2).toString();
        assertThat(get(nurse, "Flag?patient=" + p[0] + "&date=ge" + tomorrow, 200).getInt("total")).isEqualTo(2);
        assertThat(get(nurse, "Flag?patient=" + p[0] + "&date=le" + TODAY.minusDays(2), 200).getInt("total"))
                .isZero();
        given().auth().oauth2(nurse).get("/fhir/r4/Flag?patient=" + p[0] + "&status=open").then().statusCode(400)
                .body("resourceType", org.hamcrest.Matchers.equalTo("OperationOutcome"));
        given().auth().oauth2(nurse).get("/fhir/r4/Flag").then().statusCode(400);
    }

    @Test
    void read_by_id_for_nurse_physician_and_the_patient_and_404_for_others() {
        String[] p = withAlerts(false);
        String id = get(FhirTokens.nurse(), "Flag?patient=" + p[0], 200).getString("entry[0].resource.id");
        JsonPath flag = get(FhirTokens.physician(PatientFixtures.GP_HPR), "Flag/" + id, 200);
        assertThat(flag.getString("subject.reference")).isEqualTo("Patient/" + p[0]);
        assertThat(flag.getString("category[0].coding[0].code")).isEqualTo("clinical");
        get(FhirTokens.patient(p[1]), "Flag/" + id, 200);
        assertThat(get(FhirTokens.patient(p[1]), "Flag", 200).getInt("total")).isEqualTo(2);
        get(FhirTokens.physician("9999999"), "Flag/" + id, 404);
        get(FhirTokens.nurse(), "Flag/" + UUID.randomUUID(), 404);
        get(FhirTokens.nurse(), "Flag/not-a-uuid", 404);
        get(FhirTokens.coordinator("3209"), "Flag/" + id, 403);
        get(FhirTokens.coordinator("3209"), "Flag?patient=" + p[0], 403);
    }

    @Test
    void the_hospital_sees_the_flags_of_its_consented_patients_only() {
        String[] ahus = withAlerts(true);
        String[] gp = withAlerts(false);
        JsonPath seen = get(FhirTokens.hospital(), "Flag?patient=" + ahus[0], 200);
        assertThat(seen.getInt("total")).isEqualTo(2);
        get(FhirTokens.hospital(), "Flag/" + seen.getString("entry[0].resource.id"), 200);
        assertThat(get(FhirTokens.hospital(), "Flag?patient=" + gp[0], 200).getInt("total")).isZero();
        String hidden = get(FhirTokens.nurse(), "Flag?patient=" + gp[0], 200).getString("entry[0].resource.id");
        get(FhirTokens.hospital(), "Flag/" + hidden, 404);
        List<String> ids = get(FhirTokens.nurse(), "Flag?patient=" + gp[0], 200).getList("entry.resource.id");
        assertThat(ids).hasSize(2);
    }
}
