package no.mila.dho.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.audit.persistence.AccessLogEntity;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * One access-log row per audited request, allowed or denied. That the log cannot be changed or deleted is proven in
 * {@link ApplicationRolePrivilegesTest}.
 */
@QuarkusTest
class AccessLogTest {

    private static AccessLogEntity last() {
        return AccessLogEntity.find("order by id desc").firstResult();
    }

    private void expectOneRow(Runnable request, UUID patient, AccessOutcome outcome, String actor) {
        long before = AccessLogEntity.count();
        request.run();
        assertThat(AccessLogEntity.count()).as("rows written by one request").isEqualTo(before + 1);
        AccessLogEntity row = last();
        assertThat(row.patientId).isEqualTo(patient);
        assertThat(row.outcome).isEqualTo(outcome);
        assertThat(row.actorSubject).isEqualTo(actor);
        assertThat(row.requestId).isNotBlank();
    }

    @Test
    void every_audited_request_writes_exactly_one_row_including_denied_ones() {
        UUID patient = UUID.fromString(PatientFixtures.registerPatient("3209"));
        String path = "/api/patients/" + patient;
        expectOneRow(() -> given().auth().oauth2(Tokens.nurse()).get(path).then().statusCode(200),
                patient, AccessOutcome.ALLOWED, "nurse-1");
        assertThat(last().actorHpr).isEqualTo("9100001");
        assertThat(last().actorRole).isEqualTo("nurse");
        expectOneRow(() -> given().auth().oauth2(Tokens.coordinator("3228")).get(path).then().statusCode(404),
                patient, AccessOutcome.DENIED, "coordinator-3228");
        assertThat(last().actorMunicipality).isEqualTo("3228");
        expectOneRow(() -> given().auth().oauth2(Tokens.patient("someone")).get(path).then().statusCode(403),
                patient, AccessOutcome.DENIED, "someone");
        expectOneRow(() -> given().get(path).then().statusCode(401), patient, AccessOutcome.DENIED, "anonymous");
        expectOneRow(() -> given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                        .body(Map.of("pathway", "NOPE", "source", "GP", "oralConsent", true, "referredOn", "2026-01-01"))
                        .post(path + "/episodes").then().statusCode(400),
                patient, AccessOutcome.FAILED, "nurse-1");
        expectOneRow(() -> given().auth().oauth2(Tokens.nurse()).queryParam("name", "x").get("/api/patients")
                .then().statusCode(200), null, AccessOutcome.ALLOWED, "nurse-1");
        long before = AccessLogEntity.count();
        given().auth().oauth2(Tokens.nurse()).get("/api/pathways").then().statusCode(200);
        assertThat(AccessLogEntity.count()).as("reference data are not patient data").isEqualTo(before);
    }

    @Test
    void the_patient_sees_who_accessed_their_data() {
        String patient = PatientFixtures.registerPatient("3209");
        String login = "login-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("subject", login))
                .put("/api/patients/" + patient + "/login").then().statusCode(204);
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient).then().statusCode(200);
        given().auth().oauth2(Tokens.patient(login)).get("/api/me").then().statusCode(200)
                .body("id", equalTo(patient));
        given().auth().oauth2(Tokens.patient(login)).get("/api/me/access-log").then().statusCode(200)
                .body("items.actorName", hasItem("Nora Sykepleier"))
                .body("items.actorRole", hasItem("admin"))
                .body("items[0].resource", equalTo("patient GET /api/me"));
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient + "/access-log").then().statusCode(200)
                .body("items.actorRole", hasItem("patient"));
    }

    @Test
    void a_patient_without_a_linked_record_gets_a_clear_404() {
        given().auth().oauth2(Tokens.patient("unlinked-" + UUID.randomUUID())).get("/api/me")
                .then().statusCode(404).body("detail", equalTo("A patient record linked to your login was not found"));
    }
}
