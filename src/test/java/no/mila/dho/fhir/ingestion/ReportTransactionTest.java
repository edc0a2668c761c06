package no.mila.dho.fhir.ingestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import no.mila.dho.fhir.observation.ObservationFixtures;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.Tokens;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportTransactionTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private String patientId;
    private String subject;
    private final Instant measured = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void patient() {
        String[] patient = ObservationFixtures.copdPatientWithLogin();
        patientId = patient[0];
        subject = patient[1];
    }

    private static Observation vital(String loinc, Instant at) {
        Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept(new Coding(FhirSystems.LOINC, loinc, null)));
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "vital-signs", null)));
        o.setEffective(new DateTimeType(Date.from(at)));
        return o;
    }

    private static Quantity quantity(Number value, String ucum) {
        return new Quantity().setValue(new BigDecimal(value.toString())).setSystem(FhirSystems.UCUM).setCode(ucum)
                .setUnit(ucum);
    }

    /** Blood pressure panel, SpO2, pulse and a symptom answer, all measured at {@code measured}. */
    private Bundle report(UUID reportId, int spo2) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.getIdentifier().setSystem(FhirSystems.REPORT_ID).setValue(reportId.toString());
        Observation bp = vital("85354-9", measured).setSubject(new Reference("Patient/" + patientId));
        bp.addComponent().setCode(new CodeableConcept(new Coding(FhirSystems.LOINC, "8480-6", null)))
                .setValue(quantity(130, "mm[Hg]"));
        bp.addComponent().setCode(new CodeableConcept(new Coding(FhirSystems.LOINC, "8462-4", null)))
                .setValue(quantity(80, "mm[Hg]"));
        add(bundle, bp);
        add(bundle, vital("59408-5", measured).setValue(quantity(spo2, "%")));
        add(bundle, vital("8867-4", measured).setValue(quantity(80, "/min")));
        QuestionnaireResponse qr = new QuestionnaireResponse()
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .setQuestionnaire(FhirSystems.questionnaireUrl("COPD"));
        qr.addItem().setLinkId("BREATHLESSNESS").addAnswer()
                .setValue(new Coding(FhirSystems.SYMPTOM_OPTION, "AS_USUAL", null));
        add(bundle, qr);
        return bundle;
    }

    private static void add(Bundle bundle, org.hl7.fhir.r4.model.Resource resource) {
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(resource).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
    }

    private ValidatableResponse post(String token, Bundle bundle) {
        return given().auth().oauth2(token).contentType("application/fhir+json")
                .body(FHIR.newJsonParser().encodeResourceToString(bundle)).when().post("/fhir/r4").then();
    }

    @Test
    void a_transaction_is_one_report_evaluated_once_and_sent_twice_gets_the_same_answer() {
        UUID reportId = UUID.randomUUID();
        String first = post(FhirTokens.patient(subject), report(reportId, 75)).statusCode(200).extract().asString();
        FhirValidation.assertValid(first);
        JsonPath answer = JsonPath.from(first);
        assertThat(answer.getString("type")).isEqualTo("transaction-response");
        // three entries sent, a QuestionnaireResponse, and the red report's Flag (its alert on the worklist)
        assertThat(answer.getList("entry")).hasSize(5);
        assertThat(answer.getList("entry.response.status")).containsOnly("201 Created");
        assertThat(answer.getString("entry[4].resource.resourceType")).isEqualTo("Flag");
        assertThat(answer.getString("entry[4].resource.status")).isEqualTo("active");
        assertThat(answer.getString("entry[4].resource.code.coding[0].code")).isEqualTo("RED");
        assertThat(answer.getString("entry[1].resource.interpretation[0].coding[0].code")).isEqualTo("LL");
        assertThat(answer.getString("entry[0].resource.code.coding[0].code")).isEqualTo("85354-9");
        assertThat(answer.getString("entry[0].response.location")).startsWith("Observation/");
        assertThat(answer.getString("entry[3].response.location")).startsWith("QuestionnaireResponse/");
        assertThat(answer.getString("entry[0].response.outcome.issue[0].details.coding[0].code")).isEqualTo("RED");
        assertThat(answer.getString("entry[0].response.outcome.issue[0].details.text")).startsWith("Rød");
        assertThat(answer.getString("entry[1].resource.identifier[0].value")).isEqualTo(reportId.toString());

        String second = post(FhirTokens.patient(subject), report(reportId, 75)).statusCode(200).extract().asString();
        assertThat(JsonPath.from(second).getList("entry")).isEqualTo(answer.getList("entry"));
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId + "/measurements").then()
                .statusCode(200).body("totalItems", equalTo(4));

        post(FhirTokens.patient(subject), report(reportId, 96)).statusCode(422)
                .body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void refusals_name_the_fhir_element() {
        Bundle mixed = report(UUID.randomUUID(), 96);
        ((Observation) mixed.getEntry().get(1).getResource()).setEffective(
                new DateTimeType(Date.from(measured.minusSeconds(60))));
        post(FhirTokens.patient(subject), mixed).statusCode(422)
                .body("issue.expression.flatten()", hasItem("Bundle.entry[1].resource.effectiveDateTime"));

        Bundle unit = report(UUID.randomUUID(), 96);
        ((Observation) unit.getEntry().get(2).getResource()).setValue(quantity(80, "/s"));
        post(FhirTokens.patient(subject), unit).statusCode(422)
                .body("issue.expression.flatten()", hasItem("Bundle.entry[2].resource.valueQuantity.code"));

        post(FhirTokens.patient(subject), report(UUID.randomUUID(), 20)).statusCode(422)
                .body("issue.expression.flatten()", hasItem("Bundle.entry[1].resource.valueQuantity.value"));

        Bundle answer = report(UUID.randomUUID(), 96);
        ((QuestionnaireResponse) answer.getEntry().get(3).getResource()).getItemFirstRep().getAnswerFirstRep()
                .setValue(new Coding(FhirSystems.SYMPTOM_OPTION, "NO_SUCH_OPTION", null));
        post(FhirTokens.patient(subject), answer).statusCode(422).body("issue.expression.flatten()",
                hasItem("Bundle.entry[3].resource.item[0].answer[0].valueCoding.code"));

        Bundle anonymous = report(UUID.randomUUID(), 96);
        anonymous.setIdentifier(null);
        post(FhirTokens.patient(subject), anonymous).statusCode(400)
                .body("issue.expression.flatten()", hasItem("Bundle.identifier"));
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId + "/measurements").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void only_the_patient_may_send_a_report() {
        post(FhirTokens.nurse(), report(UUID.randomUUID(), 96)).statusCode(403);
        post(FhirTokens.withScopes("patient", "patient/Observation.c"), report(UUID.randomUUID(), 96))
                .statusCode(403);
    }
}
