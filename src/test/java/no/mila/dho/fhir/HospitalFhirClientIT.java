package no.mila.dho.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.fhir.HospitalFhirData.Registered;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.KeycloakTestResource;
import no.mila.dho.testsupport.RealKeycloakProfile;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * A hospital reads the home measurements over FHIR with HAPI's generic client, as Ahus would: against the packaged
 * service and the real Keycloak with the committed realm. It finds the SMART configuration, gets a token by client
 * credentials ({@code hospital-fhir}), searches the patient by fødselsnummer, pages through a year of Observations,
 * reads the active CarePlan and the open Flags; the patient's app sends a FHIR transaction Bundle twice, which makes
 * one report; patients outside the hospital's reach are invisible to it. Every resource and Bundle received is
 * validated against R4 core and the vital-signs profiles.
 *
 * <p>The year of data: the test talks to the service only over HTTP, so the history is made through the REST API as
 * the people of the pathway make it ({@link HospitalFhirData}), not by SQL and not by a demo-data switch. The
 * allocation takes a start date in the past (only not before the written consent), so the episode starts 370 days
 * ago; {@code ReportRules} accepts a measured time from 7 days before the episode's start up to now, so the patient
 * (demo user {@code ola.patient}, whose login admin Ada links) sends one report a week for a year through
 * {@code POST /api/me/reports}, as the app sends reports measured offline, the last one yellow (an open alert: a
 * Flag). The patient rather than a nurse on the patient's behalf, because that is the ordinary case the hospital
 * sees. The data is made once for the class (the service keeps it between the test methods).
 */
@QuarkusIntegrationTest
@TestProfile(RealKeycloakProfile.class)
class HospitalFhirClientIT {

    static final String FODSELSNUMMER = "urn:oid:2.16.578.1.12.4.1.4.1";
    static final String REPORT_ID = "urn:mila:dho:report-id";
    /** 53 weekly reports of SpO2 and pulse: one Observation each. */
    static final int WEEKS = 53;
    static final int YEAR_OF_OBSERVATIONS = 2 * WEEKS;

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static Registered followed;

    /** The patient followed by Ahus's lung department, with written consent, a year of reports and a plan. */
    static synchronized Registered followed() {
        if (followed == null) {
            Registered patient = HospitalFhirData.register("AHUS_LUNG");
            String episode = HospitalFhirData.referAndAssess(patient.id(), 380);
            HospitalFhirData.allocate(patient.id(), episode, 370);
            HospitalFhirData.linkOla(patient.id());
            String ola = HospitalFhirData.userToken("ola.patient", null);
            var now = HospitalFhirData.now();
            for (int week = WEEKS; week > 1; week--) {
                HospitalFhirData.sendOwn(ola, now.minusDays(7L * week - 6), 95 + week % 3, 70 + week % 9);
            }
            HospitalFhirData.sendOwn(ola, now.minus(Duration.ofDays(1)), 91, 96);
            HospitalFhirData.approvedPlan(patient.id());
            followed = patient;
        }
        return followed;
    }

    static String fhirBase() {
        return RestAssured.baseURI + ":" + RestAssured.port + "/fhir/r4";
    }

    static IGenericClient client(String token) {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        IGenericClient client = FHIR.newRestfulGenericClient(fhirBase());
        client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        return client;
    }

    /** The hospital's token: the token endpoint from the SMART configuration, then client credentials. */
    static String hospitalToken() {
        String tokenUrl = given().when().get("/fhir/r4/.well-known/smart-configuration")
                .then().statusCode(200).extract().path("token_endpoint");
        assertThat(tokenUrl).isEqualTo(KeycloakTestResource.server().tokenUrl());
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "hospital-fhir")
                .formParam("client_secret", "demo-hospital-fhir-secret")
                .when().post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }

    static IGenericClient hospital() {
        return client(hospitalToken());
    }

    static void assertValid(IBaseResource resource) {
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(resource));
    }

    /** The claims of an access token (its payload, unverified: the service verifies it). */
    static Map<String, Object> claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getMap("$");
    }

    @Test
    void the_hospital_token_carries_its_smart_scopes_and_its_hospital() {
        Map<String, Object> claims = claims(hospitalToken());
        assertThat(claims.get("hospital")).isEqualTo("AHUS");
        assertThat(String.valueOf(claims.get("scope")).split(" ")).contains("system/Patient.rs",
                "system/Observation.rs", "system/QuestionnaireResponse.rs", "system/Questionnaire.rs",
                "system/Flag.rs", "system/CarePlan.rs", "system/Basic.rs");
        Map<String, Object> nurse = claims(HospitalFhirData.userToken("nora.nurse", "user/*.rs"));
        assertThat(String.valueOf(nurse.get("scope")).split(" ")).contains("user/*.rs");
    }

    @Test
    void the_capability_statement_is_read_with_the_generic_client_and_validates() {
        CapabilityStatement capabilities = hospital().capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(capabilities.getRestFirstRep().getResource()).extracting(r -> r.getType()).contains("Patient");
        assertValid(capabilities);
    }

    @Test
    void the_hospital_finds_its_patient_by_fodselsnummer() {
        Registered patient = followed();
        Bundle found = hospital().search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(FODSELSNUMMER, patient.nationalId()))
                .returnBundle(Bundle.class).execute();
        assertThat(found.getTotal()).isEqualTo(1);
        assertThat(found.getEntryFirstRep().getResource().getIdElement().getIdPart()).isEqualTo(patient.id());
        assertValid(found);
    }

    @Test
    void a_nurse_reads_the_patient_with_the_user_scope_and_not_without() {
        Registered patient = followed();
        Patient read = client(HospitalFhirData.userToken("nora.nurse", "user/*.rs")).read().resource(Patient.class)
                .withId(patient.id()).execute();
        assertThat(read.getIdentifierFirstRep().getValue()).isEqualTo(patient.nationalId());
        assertThatThrownBy(() -> client(HospitalFhirData.nurse()).read().resource(Patient.class).withId(patient.id())
                .execute()).isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void the_hospital_pages_through_a_year_of_observations() {
        Registered patient = followed();
        IGenericClient hospital = hospital();
        Bundle page = hospital.search().forResource(Observation.class)
                .where(Observation.PATIENT.hasId("Patient/" + patient.id())).count(50)
                .returnBundle(Bundle.class).execute();
        int total = page.getTotal();
        Set<String> seen = new HashSet<>();
        List<Observation> all = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            assertValid(page);
            assertThat(page.getEntry()).hasSizeLessThanOrEqualTo(50);
            for (Bundle.BundleEntryComponent entry : page.getEntry()) {
                Observation observation = (Observation) entry.getResource();
                assertThat(seen.add(observation.getIdElement().toUnqualifiedVersionless().getIdPart()))
                        .as("no Observation twice").isTrue();
                all.add(observation);
            }
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                break;
            }
            page = hospital.loadPage().next(page).execute();
        }
        // the REST API's count: the year, and the report of the transaction test if it ran first
        assertThat(total).isEqualTo(HospitalFhirData.measurementCount(patient.id()))
                .isGreaterThanOrEqualTo(YEAR_OF_OBSERVATIONS);
        assertThat(seen).hasSize(total);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(all).allSatisfy(o -> assertThat(o.getSubject().getReferenceElement().getIdPart())
                .isEqualTo(patient.id()));
        List<java.util.Date> measured = all.stream().map(o -> o.getEffectiveDateTimeType().getValue()).toList();
        assertThat(Duration.between(measured.stream().min(java.util.Date::compareTo).orElseThrow().toInstant(),
                measured.stream().max(java.util.Date::compareTo).orElseThrow().toInstant()).toDays())
                .isGreaterThanOrEqualTo(360);
    }

    @Test
    void the_hospital_reads_the_active_care_plan_and_the_open_flags() {
        Registered patient = followed();
        IGenericClient hospital = hospital();
        Bundle plans = hospital.search().forResource(CarePlan.class)
                .where(CarePlan.PATIENT.hasId("Patient/" + patient.id())).returnBundle(Bundle.class).execute();
        assertValid(plans);
        List<CarePlan> active = plans.getEntry().stream().map(e -> (CarePlan) e.getResource())
                .filter(p -> p.getStatus() == CarePlan.CarePlanStatus.ACTIVE).toList();
        assertThat(active).hasSize(1);
        CarePlan plan = hospital.read().resource(CarePlan.class).withId(active.get(0).getIdElement().getIdPart())
                .execute();
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(plan.getSubject().getReferenceElement().getIdPart()).isEqualTo(patient.id());
        assertValid(plan);

        Bundle flags = hospital.search().forResource(Flag.class).where(Flag.PATIENT.hasId("Patient/" + patient.id()))
                .returnBundle(Bundle.class).execute();
        assertValid(flags);
        assertThat(flags.getEntry()).map(e -> ((Flag) e.getResource()).getStatus()).contains(Flag.FlagStatus.ACTIVE);
    }

    @Test
    void a_transaction_bundle_sent_twice_is_one_report() {
        Registered patient = followed();
        String reportId = UUID.randomUUID().toString();
        Bundle report = HospitalFhirReport.transaction(reportId, patient.id(), HospitalFhirData.now().minusMinutes(10));
        assertValid(report);
        IGenericClient app = client(HospitalFhirData.userToken("ola.patient",
                "patient/*.rs patient/Observation.c patient/QuestionnaireResponse.c"));
        Bundle first = app.transaction().withBundle(report).execute();
        Bundle again = app.transaction().withBundle(report).execute();
        for (Bundle answer : List.of(first, again)) {
            assertThat(answer.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
            assertThat(answer.getEntry()).isNotEmpty().allSatisfy(e ->
                    assertThat(e.getResponse().getStatus()).startsWith("2"));
            assertValid(answer);
        }
        assertThat(HospitalFhirData.reportIdsOfMeasurements(patient.id()).stream().filter(reportId::equals))
                .as("one report: its two values once").hasSize(2);
    }

    @Test
    void a_patient_without_written_consent_is_invisible_to_the_hospital() {
        Registered patient = HospitalFhirData.register("AHUS_LUNG");
        HospitalFhirData.referAndAssess(patient.id(), 3);
        assertInvisible(patient);
    }

    @Test
    void a_consented_patient_not_followed_by_the_hospital_is_invisible_to_it() {
        Registered patient = HospitalFhirData.register(null);
        HospitalFhirData.allocate(patient.id(), HospitalFhirData.referAndAssess(patient.id(), 10), 5);
        assertInvisible(patient);
    }

    @Test
    void the_observations_of_a_patient_out_of_reach_are_invisible() {
        Registered patient = HospitalFhirData.register(null);
        HospitalFhirData.allocate(patient.id(), HospitalFhirData.referAndAssess(patient.id(), 10), 5);
        HospitalFhirData.sendOnBehalf(patient.id(), HospitalFhirData.now().minusHours(2), 96, 72);
        Bundle observations = hospital().search().forResource(Observation.class)
                .where(Observation.PATIENT.hasId("Patient/" + patient.id())).returnBundle(Bundle.class).execute();
        assertThat(observations.getTotal()).isZero();
        assertThat(observations.getEntry()).isEmpty();
        assertValid(observations);
    }

    /** Search by fødselsnummer total 0, read 404, and the refusals in the patient's access log as DENIED. */
    private static void assertInvisible(Registered patient) {
        IGenericClient hospital = hospital();
        Bundle found = hospital.search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(FODSELSNUMMER, patient.nationalId()))
                .returnBundle(Bundle.class).execute();
        assertThat(found.getTotal()).isZero();
        assertThat(found.getEntry()).isEmpty();
        assertValid(found);
        assertThatThrownBy(() -> hospital.read().resource(Patient.class).withId(patient.id()).execute())
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(HospitalFhirData.hospitalOutcomes(patient.id())).contains("DENIED").doesNotContain("ALLOWED");
    }
}
