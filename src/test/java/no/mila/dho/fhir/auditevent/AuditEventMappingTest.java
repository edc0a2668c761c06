package no.mila.dho.fhir.auditevent;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.audit.application.AuditedAccess;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.testsupport.FhirValidation;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;

class AuditEventMappingTest {

    static final UUID PATIENT = UUID.randomUUID();
    static final Instant AT = Instant.parse("2025-03-02T10:15:30Z");

    static AuditedAccess row(String subject, String name, String role, String hpr, UUID patient, AccessAction action,
                             String resource, AccessOutcome outcome, int status) {
        return new AuditedAccess(UUID.randomUUID(), AT, subject, name, role, hpr, null, patient, action, resource,
                outcome, status, "req-1");
    }

    static AuditEvent valid(AuditedAccess row) {
        AuditEvent event = AuditEventMapping.toFhir(row);
        FhirValidation.assertValid(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(event));
        return event;
    }

    @Test
    void a_fhir_read_by_a_nurse_is_a_rest_read_of_the_patient_record_with_the_hpr_number() {
        AuditedAccess row = row("nurse-1", "Nora Sykepleier", "nurse", "9100001", PATIENT, AccessAction.READ,
                "fhir GET /fhir/r4/CarePlan/" + PATIENT + "/_history/2", AccessOutcome.ALLOWED, 200);
        AuditEvent event = valid(row);
        assertThat(event.getIdElement().getIdPart()).isEqualTo(row.entryId().toString());
        assertThat(event.getType().getSystem()).isEqualTo(AuditEventCodes.EVENT_TYPE);
        assertThat(event.getType().getCode()).isEqualTo("rest");
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("vread");
        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(event.getRecorded()).isEqualTo(java.util.Date.from(AT));
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(event.hasOutcomeDesc()).isFalse();
        assertThat(event.getPurposeOfEventFirstRep().getCodingFirstRep().getCode()).isEqualTo("TREAT");
        AuditEvent.AuditEventAgentComponent caller = event.getAgentFirstRep();
        assertThat(caller.getRequestor()).isTrue();
        assertThat(caller.getWho().getIdentifier().getSystem()).isEqualTo(FhirSystems.HPR);
        assertThat(caller.getWho().getIdentifier().getValue()).isEqualTo("9100001");
        assertThat(caller.getWho().getDisplay()).isEqualTo("Nora Sykepleier");
        assertThat(caller.getAltId()).isEqualTo("nurse-1");
        assertThat(caller.getRoleFirstRep().getCodingFirstRep().getCode()).isEqualTo("nurse");
        assertThat(event.getSource().getObserver().getDisplay()).isEqualTo("MILA DHO backend");
        assertThat(event.getSource().getTypeFirstRep().getCode()).isEqualTo("4");
        assertThat(event.getEntity().get(0).getWhat().getReference()).isEqualTo("Patient/" + PATIENT);
        assertThat(event.getEntity().get(0).getRole().getCode()).isEqualTo("1");
        assertThat(event.getEntity().get(1).getWhat().getReference())
                .isEqualTo("CarePlan/" + PATIENT + "/_history/2");
        assertThat(event.getEntity().get(1).getDescription()).startsWith("fhir GET /fhir/r4/CarePlan/");
    }

    @Test
    void a_denied_search_by_the_hospital_is_outcome_8_with_a_description() {
        AuditEvent event = valid(row("service-account-hospital-fhir", "service-account-hospital-fhir", "fhir-client",
                null, PATIENT, AccessAction.SEARCH, "fhir GET /fhir/r4/Observation", AccessOutcome.DENIED, 200));
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("search-type");
        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.E);
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._8);
        assertThat(event.getOutcomeDesc()).contains("Avvist");
        assertThat(event.getAgentFirstRep().getWho().getIdentifier().getSystem()).isEqualTo(AuditEventCodes.SUBJECT);
        assertThat(event.getEntity().get(1).getRole().getCode()).isEqualTo("24");
    }

    @Test
    void a_rest_api_request_is_a_patient_record_event_and_a_failure_is_4() {
        AuditEvent event = valid(row("login-1", null, "patient", null, PATIENT, AccessAction.CREATE,
                "report POST /api/me/reports", AccessOutcome.FAILED, 422));
        assertThat(event.getType().getSystem()).isEqualTo(AuditEventCodes.DCM);
        assertThat(event.getType().getCode()).isEqualTo("110110");
        assertThat(event.hasSubtype()).isFalse();
        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.C);
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(event.getAgentFirstRep().getWho().getDisplay()).isEqualTo("login-1");
    }

    @Test
    void a_fhir_transaction_and_a_row_without_patient_or_role_validate() {
        AuditEvent event = valid(row("anonymous", null, null, null, null, AccessAction.CREATE, "fhir POST /fhir/r4",
                AccessOutcome.DENIED, 401));
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("transaction");
        assertThat(event.getEntity()).hasSize(1);
        valid(row("nurse-1", "N", "nurse", null, PATIENT, AccessAction.READ, "fhir GET /fhir/r4/Unknown/x%00",
                AccessOutcome.FAILED, 404));
    }
}
