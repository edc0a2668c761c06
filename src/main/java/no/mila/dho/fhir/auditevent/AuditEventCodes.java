package no.mila.dho.fhir.auditevent;

import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessOutcome;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Coding;

/**
 * The codes of an access-log row as an IHE BALP (Basic Audit Log Patterns) {@code AuditEvent}: the event type
 * (a FHIR REST interaction, or DICOM "Patient Record" for the REST API), the action, the outcome, the purpose of use,
 * the agents' types and the entities' types and roles; plus a local system for the service's roles.
 */
public final class AuditEventCodes {

    public static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
    public static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    public static final String RESTFUL_INTERACTION = "http://hl7.org/fhir/restful-interaction";
    public static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    public static final String SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";
    public static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    public static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    /** The role the caller acted in (the realm's roles). */
    public static final String ROLE = "urn:mila:dho:role";
    /** The login subject of the caller (Keycloak's {@code sub}). */
    public static final String SUBJECT = "urn:mila:dho:login-subject";
    /** The request id the service gave the request (header X-Request-Id), as a detail of the request entity. */
    public static final String REQUEST_ID = "request-id";
    public static final String SERVICE = "MILA DHO backend";

    public static final Coding REST = new Coding(EVENT_TYPE, "rest", "Restful Operation");
    public static final Coding PATIENT_RECORD = new Coding(DCM, "110110", "Patient Record");
    public static final Coding TREATMENT = new Coding(ACT_REASON, "TREAT", "treatment");
    public static final Coding APPLICATION_SERVER = new Coding(SOURCE_TYPE, "4", "Application Server");
    public static final Coding DESTINATION = new Coding(DCM, "110152", "Destination Role ID");
    public static final Coding PERSON = new Coding(ENTITY_TYPE, "1", "Person");
    public static final Coding SYSTEM_OBJECT = new Coding(ENTITY_TYPE, "2", "System Object");
    public static final Coding PATIENT_ROLE = new Coding(OBJECT_ROLE, "1", "Patient");
    public static final Coding DOMAIN_RESOURCE = new Coding(OBJECT_ROLE, "4", "Domain Resource");
    public static final Coding QUERY = new Coding(OBJECT_ROLE, "24", "Query");

    private AuditEventCodes() {
    }

    static AuditEventAction actionOf(AccessAction action) {
        return switch (action) {
            case READ -> AuditEventAction.R;
            case SEARCH -> AuditEventAction.E;
            case CREATE -> AuditEventAction.C;
            case UPDATE -> AuditEventAction.U;
        };
    }

    static AuditEventOutcome outcomeOf(AccessOutcome outcome) {
        return switch (outcome) {
            case ALLOWED -> AuditEventOutcome._0;
            case FAILED -> AuditEventOutcome._4;
            case DENIED -> AuditEventOutcome._8;
        };
    }

    /** The role's Norwegian name. */
    static String roleDisplay(String role) {
        return switch (role) {
            case "nurse" -> "Sykepleier";
            case "physician" -> "Lege";
            case "patient" -> "Pasient";
            case "coordinator" -> "Koordinator";
            case "admin" -> "Administrator";
            case "fhir-client" -> "Sykehusets system";
            default -> role;
        };
    }
}
