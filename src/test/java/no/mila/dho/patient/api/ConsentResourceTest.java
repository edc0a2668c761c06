package no.mila.dho.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.outbox.application.Outbox;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.NewMessage;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.patient.application.ConsentRecords;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Consent over REST: what the written consent of allocation allows, withdrawals per party with who, when and why in
 * the trail, sharing given again, who may record, the patient's own view and withdrawal; and the outbox's port
 * ({@link ConsentRecords#allows}) answering per party and moment.
 */
@QuarkusTest
class ConsentResourceTest {

    @Inject
    ConsentRecords consent;

    @Inject
    Outbox outbox;

    private static JsonPath consentOf(String patientId) {
        return given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId + "/consent").then()
                .statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> withdrawal(SharingParty party, String reason) {
        return Map.of("party", party.name(), "reason", reason);
    }

    private static String basis(JsonPath consent, SharingParty party) {
        return consent.getString("sharing.find { it.party == '" + party + "' }.basis");
    }

    @Test
    void the_written_consent_of_allocation_allows_the_system_and_every_party_and_is_in_the_trail() {
        UUID id = UUID.fromString(PatientFixtures.allocatedPatient("3209", "COPD")[0]);
        JsonPath c = consentOf(id.toString());
        assertThat(c.getBoolean("digitalSystem")).isTrue();
        assertThat(c.getString("writtenConsentCollectedBy")).isEqualTo("Nora Sykepleier");
        for (SharingParty party : SharingParty.values()) {
            assertThat(basis(c, party)).isEqualTo("WRITTEN");
            assertThat(consent.allows(id, party)).isTrue();
        }
        assertThat(c.getList("trail.kind", String.class)).containsExactly("ORAL_CONSENT_AT_REFERRAL", "WRITTEN_CONSENT");
    }

    @Test
    void before_written_consent_the_oral_consent_of_the_referral_allows_the_municipality_only() {
        String id = PatientFixtures.registerPatient("3209");
        UUID patient = UUID.fromString(id);
        assertThat(consent.allows(patient, SharingParty.MUNICIPALITY)).isFalse();
        PatientFixtures.refer(id, "COPD");
        JsonPath c = consentOf(id);
        assertThat(c.getBoolean("digitalSystem")).isFalse();
        assertThat(basis(c, SharingParty.MUNICIPALITY)).isEqualTo("ORAL_REFERRAL");
        assertThat(consent.allows(patient, SharingParty.MUNICIPALITY)).isTrue();
        assertThat(consent.allows(patient, SharingParty.GP)).isFalse();
        assertThat(consent.allows(patient, SharingParty.HOSPITAL)).isFalse();
        // giving sharing again is for after a withdrawal under written consent
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("party", "GP", "consentDate", LocalDate.now().toString(), "reason", "Skjema"))
                .post("/api/patients/" + id + "/consent/renewals").then().statusCode(409)
                .body("detail", containsString("written consent"));
    }

    @Test
    void a_withdrawal_stops_sharing_with_that_party_from_the_moment_it_is_recorded_and_is_in_the_trail() {
        UUID id = UUID.fromString(PatientFixtures.allocatedPatient("3209", "COPD")[0]);
        Instant before = Instant.now();
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(withdrawal(SharingParty.GP, "Pasienten ønsker ikke at fastlegen får meldinger"))
                .post("/api/patients/" + id + "/consent/withdrawals").then().statusCode(201)
                .body("sharing.find { it.party == 'GP' }.allowed", equalTo(false))
                .body("sharing.find { it.party == 'GP' }.textNb", containsString("trukket tilbake"));
        Instant after = Instant.now();

        assertThat(consent.allows(id, SharingParty.GP)).isFalse();
        assertThat(consent.allowsAt(id, SharingParty.GP, before.minusSeconds(1))).isTrue();
        assertThat(consent.allowsAt(id, SharingParty.GP, after)).isFalse();
        assertThat(consent.allows(id, SharingParty.HOSPITAL)).isTrue();
        assertThat(consent.allows(id, SharingParty.MUNICIPALITY)).isTrue();

        JsonPath c = consentOf(id.toString());
        assertThat(c.getBoolean("digitalSystem")).isTrue();
        Map<String, Object> last = c.getMap("trail[-1]");
        assertThat(last).containsEntry("kind", "SHARING_WITHDRAWN").containsEntry("party", "GP")
                .containsEntry("reason", "Pasienten ønsker ikke at fastlegen får meldinger")
                .containsEntry("recordedBy", "Nora Sykepleier").containsEntry("recordedByRole", "nurse");

        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(withdrawal(SharingParty.GP, "igjen"))
                .post("/api/patients/" + id + "/consent/withdrawals").then().statusCode(409)
                .body("detail", containsString("nothing to withdraw"));
    }

    @Test
    void the_outbox_withholds_a_message_to_a_party_whose_sharing_is_withdrawn() {
        UUID id = UUID.fromString(PatientFixtures.allocatedPatient("3209", "COPD")[0]);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(withdrawal(SharingParty.MUNICIPALITY, "Ønsker ikke deling med kommunen"))
                .post("/api/patients/" + id + "/consent/withdrawals").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.write(new NewMessage(id, MessageKind.PLAN_APPROVED, Addressee.homeNursing("3209"), "Plan",
                    "Ny plan", Map.of()), "system", "test");
            outbox.write(new NewMessage(id, MessageKind.PLAN_APPROVED, Addressee.gp(PatientFixtures.GP_HPR), "Plan",
                    "Ny plan", Map.of()), "system", "test");
        });
        // (the allocation wrote its own INCLUSION message to the GP: only the two written here are looked at)
        assertThat(outbox.ofPatient(id)).filteredOn(m -> m.kind() == MessageKind.PLAN_APPROVED)
                .extracting(m -> m.to().kind().name() + " " + m.state())
                .containsExactly("HOME_NURSING " + DeliveryState.WITHHELD, "GP " + DeliveryState.PENDING);
    }

    @Test
    void sharing_given_again_in_writing_allows_it_again_from_then() {
        UUID id = UUID.fromString(PatientFixtures.allocatedPatient("3209", "COPD")[0]);
        given().auth().oauth2(Tokens.coordinator("3209")).contentType(ContentType.JSON)
                .body(withdrawal(SharingParty.HOSPITAL, "Ikke deling med sykehuset"))
                .post("/api/patients/" + id + "/consent/withdrawals").then().statusCode(201);
        Instant withdrawn = Instant.now();
        given().auth().oauth2(Tokens.coordinator("3209")).contentType(ContentType.JSON)
                .body(Map.of("party", "HOSPITAL", "consentDate", LocalDate.now().minusDays(1).toString(),
                        "reason", "Nytt skjema signert"))
                .post("/api/patients/" + id + "/consent/renewals").then().statusCode(201)
                .body("sharing.find { it.party == 'HOSPITAL' }.basis", equalTo("GIVEN_AGAIN"))
                .body("trail.kind", hasItem("SHARING_GIVEN"));
        assertThat(consent.allowsAt(id, SharingParty.HOSPITAL, withdrawn)).isFalse();
        assertThat(consent.allows(id, SharingParty.HOSPITAL)).isTrue();
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("party", "HOSPITAL", "consentDate", LocalDate.now().plusDays(1).toString(),
                        "reason", "x"))
                .post("/api/patients/" + id + "/consent/renewals").then().statusCode(400)
                .body("errors[0].field", equalTo("consentDate"));
    }

    @Test
    void nurses_and_the_coordinator_of_the_municipality_record_physicians_read_others_see_nothing() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String url = "/api/patients/" + id + "/consent";
        given().auth().oauth2(Tokens.physician(PatientFixtures.GP_HPR)).get(url).then().statusCode(200);
        given().auth().oauth2(Tokens.physician("9299999")).get(url).then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator("3209")).get(url).then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator("3228")).get(url).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).get(url).then().statusCode(403);
        given().auth().oauth2(Tokens.physician(PatientFixtures.GP_HPR)).contentType(ContentType.JSON)
                .body(withdrawal(SharingParty.GP, "x")).post(url + "/withdrawals").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator("3228")).contentType(ContentType.JSON)
                .body(withdrawal(SharingParty.GP, "x")).post(url + "/withdrawals").then().statusCode(404);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of("party", "GP"))
                .post(url + "/withdrawals").then().statusCode(400).body("errors[0].field", containsString("reason"));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of("party", "NEIGHBOUR",
                "reason", "x")).post(url + "/withdrawals").then().statusCode(400);
        List<String> outcomes = given().auth().oauth2(Tokens.nurse()).queryParam("size", 100)
                .get("/api/patients/" + id + "/access-log").then().statusCode(200).extract()
                .path("items.findAll { it.resource.startsWith('consent') }.outcome");
        assertThat(outcomes).contains("ALLOWED", "DENIED");
    }

    @Test
    void the_patient_sees_their_consent_and_withdraws_sharing_themselves() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String subject = PatientFixtures.linkLogin(id);
        given().auth().oauth2(Tokens.patient(subject)).get("/api/me/consent").then().statusCode(200)
                .body("patientId", equalTo(id))
                .body("sharing.find { it.party == 'HOSPITAL' }.textNb", containsString("skriftlige samtykke"));
        given().auth().oauth2(Tokens.patient(subject)).contentType(ContentType.JSON).body(Map.of("party", "HOSPITAL"))
                .post("/api/me/consent/withdrawals").then().statusCode(201)
                .body("sharing.find { it.party == 'HOSPITAL' }.allowed", equalTo(false))
                .body("trail[-1].reason", equalTo(ConsentRecords.OWN_WITHDRAWAL))
                .body("trail[-1].recordedByRole", equalTo("patient"));
        assertThat(consent.allows(UUID.fromString(id), SharingParty.HOSPITAL)).isFalse();
        given().auth().oauth2(Tokens.patient("login-of-nobody")).get("/api/me/consent").then().statusCode(404);
        given().auth().oauth2(Tokens.nurse()).get("/api/me/consent").then().statusCode(403);
    }
}
