package no.mila.dho.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.mila.dho.fhir.server.SmartScopes.Interaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every role against every served type and interaction: the table of {@link FhirRoles}. */
class FhirRolesTest {

    @ParameterizedTest(name = "{0} {1}: read/search {2}, create {3}")
    @CsvSource({
            "fhir-client, Patient, true, false", "fhir-client, Observation, true, false",
            "fhir-client, QuestionnaireResponse, true, false", "fhir-client, Questionnaire, true, false",
            "fhir-client, Flag, true, false", "fhir-client, CarePlan, true, false",
            "fhir-client, Task, false, false", "fhir-client, Basic, true, false", "nurse, Basic, true, false",
            "physician, Basic, true, false", "patient, Basic, false, false", "fhir-client, AuditEvent, false, false",
            "nurse, Patient, true, false", "nurse, Observation, true, false", "nurse, Task, true, false",
            "nurse, AuditEvent, true, false", "nurse, CarePlan, true, false", "nurse, Flag, true, false",
            "physician, Observation, true, false", "physician, Task, true, false",
            "physician, AuditEvent, false, false",
            "patient, Patient, true, false", "patient, Observation, true, true",
            "patient, QuestionnaireResponse, true, true", "patient, Questionnaire, true, false",
            "patient, Flag, true, false", "patient, CarePlan, true, false", "patient, AuditEvent, true, false",
            "patient, Task, false, false",
            "coordinator, Patient, false, false", "coordinator, Observation, false, false",
            "admin, AuditEvent, false, false", "admin, Patient, false, false",
            "nurse, Practitioner, false, false", "fhir-client, Bundle, false, false", "nurse, '', false, false",
    })
    void the_table(String role, String type, boolean reads, boolean creates) {
        assertThat(FhirRoles.allows(role, type, Interaction.READ)).isEqualTo(reads);
        assertThat(FhirRoles.allows(role, type, Interaction.SEARCH)).isEqualTo(reads);
        assertThat(FhirRoles.allows(role, type, Interaction.CREATE)).isEqualTo(creates);
    }

    @Test
    void a_person_with_several_roles_acts_in_the_widest_clinical_one_and_coordinators_and_admins_in_none() {
        assertThat(FhirRoles.actingRole(Set.of("coordinator", "nurse"))).contains("nurse");
        assertThat(FhirRoles.actingRole(Set.of("patient", "physician"))).contains("physician");
        assertThat(FhirRoles.actingRole(Set.of("coordinator"))).isEmpty();
        assertThat(FhirRoles.actingRole(Set.of("admin"))).isEmpty();
        assertThat(FhirRoles.actingRole(Set.of())).isEmpty();
    }

    @Test
    void each_role_reads_its_scopes_in_its_own_context() {
        assertThat(FhirRoles.contextOf("fhir-client")).isEqualTo(SmartScopes.Context.SYSTEM);
        assertThat(FhirRoles.contextOf("nurse")).isEqualTo(SmartScopes.Context.USER);
        assertThat(FhirRoles.contextOf("physician")).isEqualTo(SmartScopes.Context.USER);
        assertThat(FhirRoles.contextOf("patient")).isEqualTo(SmartScopes.Context.PATIENT);
    }
}
