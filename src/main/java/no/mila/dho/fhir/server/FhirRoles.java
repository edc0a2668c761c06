package no.mila.dho.fhir.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.mila.dho.fhir.server.SmartScopes.Context;
import no.mila.dho.fhir.server.SmartScopes.Interaction;

/**
 * Which roles may use which FHIR resource types, and in which SMART context their scopes are read. Coordinators and
 * admins get nothing over FHIR: coordinators see no clinical content, admins no patient data. Which patients a caller
 * sees is decided by the patient feature's access policy, as in the REST API.
 *
 * <table>
 *   <caption>Roles and resource types</caption>
 *   <tr><th>role</th><th>context</th><th>read and search</th><th>create</th></tr>
 *   <tr><td>fhir-client (a hospital)</td><td>system</td><td>Patient, Observation, QuestionnaireResponse,
 *       Questionnaire, Flag, CarePlan, Basic (the thresholds)</td><td>-</td></tr>
 *   <tr><td>nurse</td><td>user</td><td>all served types</td><td>-</td></tr>
 *   <tr><td>physician</td><td>user</td><td>all served types but AuditEvent (as in the REST API, the access log is
 *       for nurses, admins and the patient)</td><td>-</td></tr>
 *   <tr><td>patient</td><td>patient</td><td>Patient, Observation, QuestionnaireResponse, Questionnaire, Flag,
 *       CarePlan, AuditEvent (their own access log)</td><td>Observation, QuestionnaireResponse (a report, as a
 *       transaction Bundle)</td></tr>
 * </table>
 */
public final class FhirRoles {

    public static final String FHIR_CLIENT = "fhir-client";
    public static final String NURSE = "nurse";
    public static final String PHYSICIAN = "physician";
    public static final String PATIENT = "patient";

    /** Every resource type the server serves. */
    public static final Set<String> SERVED = Set.of("Patient", "Observation", "QuestionnaireResponse", "Questionnaire",
            "Flag", "Task", "CarePlan", "AuditEvent", "Basic");

    private static final Set<String> SHARED_WITH_HOSPITAL = Set.of("Patient", "Observation", "QuestionnaireResponse",
            "Questionnaire", "Flag", "CarePlan", "Basic");
    private static final Set<String> PATIENT_READS = Set.of("Patient", "Observation", "QuestionnaireResponse",
            "Questionnaire", "Flag", "CarePlan", "AuditEvent");
    private static final Set<String> PATIENT_CREATES = Set.of("Observation", "QuestionnaireResponse");

    /** The order in which a token's roles are looked at: the first that the server knows decides. */
    private static final List<String> PRECEDENCE = List.of(NURSE, PHYSICIAN, FHIR_CLIENT, PATIENT);

    private static final Map<String, Context> CONTEXTS = Map.of(FHIR_CLIENT, Context.SYSTEM, NURSE, Context.USER,
            PHYSICIAN, Context.USER, PATIENT, Context.PATIENT);

    private FhirRoles() {
    }

    /** The role a caller acts in over FHIR, if any of theirs may use FHIR at all. */
    public static Optional<String> actingRole(Set<String> roles) {
        return PRECEDENCE.stream().filter(roles::contains).findFirst();
    }

    /** The SMART context of a role's scopes. */
    public static Context contextOf(String role) {
        return CONTEXTS.get(role);
    }

    /** Whether the role may do this with this resource type (before the scopes and the patient are looked at). */
    public static boolean allows(String role, String resourceType, Interaction interaction) {
        if (!SERVED.contains(resourceType)) {
            return false;
        }
        return switch (role) {
            case NURSE -> interaction != Interaction.CREATE;
            case PHYSICIAN -> interaction != Interaction.CREATE && !resourceType.equals("AuditEvent");
            case FHIR_CLIENT -> interaction != Interaction.CREATE && SHARED_WITH_HOSPITAL.contains(resourceType);
            case PATIENT -> interaction == Interaction.CREATE
                    ? PATIENT_CREATES.contains(resourceType) : PATIENT_READS.contains(resourceType);
            default -> false;
        };
    }
}
