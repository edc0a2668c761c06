package no.mila.dho.fhir.auditevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.mila.dho.fhir.careplan.PlanFixtures;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditEventProviderTest {

    static JsonPath get(String token, String path, int status) {
        String json = given().auth().oauth2(token).get("/fhir/r4/" + path).then().statusCode(status).extract().asString();
        FhirValidation.assertValid(json);
        return JsonPath.from(json);
    }

    /** The entry of the search whose request entity's description is {@code text}. */
    static Map<String, Object> entryFor(JsonPath bundle, String text) {
        List<Map<String, Object>> resources = bundle.getList("entry.resource");
        return resources.stream().filter(r -> ((List<Map<String, Object>>) r.get("entity")).stream()
                .anyMatch(e -> text.equals(e.get("description")))).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + text + " in " + bundle.prettify()));
    }

    @Test
    void the_log_shows_earlier_fhir_and_rest_accesses_with_their_outcomes() {
        String patient = PlanFixtures.allocatedPatient(false);
        String nurse = FhirTokens.nurse();
        given().auth().oauth2(nurse).get("/fhir/r4/CarePlan/" + patient).then().statusCode(404); // no plan: failed
        given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Patient/" + patient).then().statusCode(404); // denied
        given().auth().oauth2(nurse).get("/fhir/r4/Patient/" + patient).then().statusCode(200);
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient).then().statusCode(200);

        JsonPath log = get(nurse, "AuditEvent?patient=Patient/" + patient + "&_count=200", 200);
        assertThat(log.getString("type")).isEqualTo("searchset");
        Map<String, Object> failed = entryFor(log, "fhir GET /fhir/r4/CarePlan/" + patient);
        assertThat(failed.get("outcome")).isEqualTo("4");
        Map<String, Object> denied = entryFor(log, "fhir GET /fhir/r4/Patient/" + patient);
        assertThat(denied).isNotNull();
        List<Map<String, Object>> patientReads = log.<Map<String, Object>>getList("entry.resource").stream()
                .filter(r -> r.toString().contains("fhir GET /fhir/r4/Patient/" + patient)).toList();
        assertThat(patientReads).extracting(r -> r.get("outcome")).containsExactlyInAnyOrder("8", "0");
        Map<String, Object> deniedRead = patientReads.stream().filter(r -> "8".equals(r.get("outcome"))).findFirst()
                .orElseThrow();
        assertThat((String) deniedRead.get("outcomeDesc")).contains("Avvist");
        assertThat(deniedRead.toString()).contains("service-account-hospital-fhir");
        Map<String, Object> rest = entryFor(log, "patient GET /api/patients/" + patient);
        assertThat(rest.toString()).contains("110110").contains("9100001");
        assertThat(rest.get("outcome")).isEqualTo("0");

        List<String> recorded = log.getList("entry.resource.recorded", String.class);
        assertThat(recorded).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));

        String id = (String) failed.get("id");
        JsonPath one = get(nurse, "AuditEvent/" + id, 200);
        assertThat(one.getString("subtype[0].code")).isEqualTo("read");
        assertThat(one.getString("entity[0].what.reference")).isEqualTo("Patient/" + patient);
        get(nurse, "AuditEvent/" + java.util.UUID.randomUUID(), 404);
    }

    @Test
    void paging_date_and_the_search_logs_itself_on_the_next_page() throws InterruptedException {
        String patient = PlanFixtures.allocatedPatient(false);
        String nurse = FhirTokens.nurse();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(nurse).get("/fhir/r4/Patient/" + patient).then().statusCode(200);
        }
        Thread.sleep(200); // the row of a request is written as its answer goes out
        JsonPath all = get(nurse, "AuditEvent?patient=" + patient, 200);
        int total = all.getInt("total");
        assertThat(total).isGreaterThanOrEqualTo(3);
        JsonPath page = get(nurse, "AuditEvent?entity=Patient/" + patient + "&_count=2", 200);
        assertThat(page.getList("entry")).hasSize(2);
        assertThat(page.getInt("total")).isGreaterThan(total); // the first search is logged now
        assertThat(page.getList("link.relation", String.class)).contains("next");

        // each search adds its own row at the top; a window closed by date=le keeps the pages still
        Instant cutoff = Instant.now();
        String le = "&date=le" + cutoff.truncatedTo(ChronoUnit.MILLIS);
        JsonPath first = get(nurse, "AuditEvent?patient=" + patient + le + "&_count=2", 200);
        JsonPath second = get(nurse, "AuditEvent?patient=" + patient + le + "&_count=2&_offset=2", 200);
        assertThat(second.getInt("total")).isEqualTo(first.getInt("total"));
        assertThat(second.getList("entry.resource.id", String.class))
                .doesNotContainAnyElementsOf(first.getList("entry.resource.id", String.class));
        assertThat(Instant.parse(second.getString("entry[0].resource.recorded")))
                .isBeforeOrEqualTo(Instant.parse(first.getString("entry[1].resource.recorded")));

        String hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(get(nurse, "AuditEvent?patient=" + patient + "&date=ge" + hourAgo, 200).getInt("total"))
                .isGreaterThan(total);
        assertThat(get(nurse, "AuditEvent?patient=" + patient + "&date=le2000-01-01", 200).getInt("total")).isZero();
        assertThat(get(nurse, "AuditEvent?patient=" + patient + "&date=ge2999-01-01", 200).getInt("total")).isZero();
        assertThat(get(nurse, "AuditEvent?patient=" + patient + "&date=ge2000-01-01&date=le2999-12-31", 200)
                .getInt("total")).isGreaterThan(total);
        assertThat(get(nurse, "AuditEvent?patient=" + patient + "&date=ne2000-01-01", 400).getString("resourceType"))
                .isEqualTo("OperationOutcome");
    }

    @Test
    void the_patient_reads_their_own_log_only() {
        String patient = PlanFixtures.allocatedPatient(false);
        String other = PlanFixtures.allocatedPatient(false);
        String own = FhirTokens.patient(PatientFixtures.linkLogin(patient));
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Patient/" + patient).then().statusCode(200);
        JsonPath mine = get(own, "AuditEvent", 200);
        assertThat(mine.getInt("total")).isPositive();
        assertThat(mine.getList("entry.resource.entity[0].what.reference", String.class))
                .containsOnly("Patient/" + patient);
        get(own, "AuditEvent/" + mine.getString("entry[0].resource.id"), 200);
        assertThat(get(own, "AuditEvent?patient=" + other, 200).getInt("total")).isZero();
        String othersEvent = get(FhirTokens.nurse(), "AuditEvent?patient=" + other, 200)
                .getString("entry[0].resource.id");
        get(own, "AuditEvent/" + othersEvent, 404);
    }

    @Test
    void the_hospital_physicians_and_coordinators_get_no_access_log() {
        String patient = PlanFixtures.allocatedPatient(true);
        for (String token : List.of(FhirTokens.hospital(FhirTokens.HOSPITAL, FhirTokens.HOSPITAL_SCOPES
                        + " system/AuditEvent.rs"), FhirTokens.physician(PatientFixtures.GP_HPR),
                FhirTokens.coordinator("3209"))) {
            JsonPath refused = get(token, "AuditEvent?patient=" + patient, 403);
            assertThat(refused.getString("resourceType")).isEqualTo("OperationOutcome");
        }
        get(FhirTokens.nurse(), "AuditEvent", 400);
    }
}
