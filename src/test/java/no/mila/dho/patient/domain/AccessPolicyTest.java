package no.mila.dho.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyTest {

    private static final PatientFacts PATIENT = new PatientFacts("3209", "9200001", "9200002", "login-ola");

    @ParameterizedTest(name = "{0} hpr={1} municipality={2} subject={3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "nurse,       -,       -,    x,         CLINICAL",
            "physician,   9200001, -,    x,         CLINICAL",
            "physician,   9200002, -,    x,         CLINICAL",
            "physician,   9299999, -,    x,         NONE",
            "physician,   -,       -,    x,         NONE",
            "coordinator, -,       3209, x,         REGISTRATION",
            "coordinator, -,       3228, x,         NONE",
            "coordinator, -,       -,    x,         NONE",
            "patient,     -,       -,    login-ola, OWN",
            "patient,     -,       -,    login-kari, NONE",
            "admin,       -,       -,    x,         NONE",
            "fhir-client, -,       -,    x,         NONE"})
    void each_role_sees_exactly_its_need(String role, String hpr, String municipality, String subject,
                                         Visibility expected) {
        Actor actor = new Actor(subject, Set.of(role), Optional.ofNullable(hpr), Optional.ofNullable(municipality));
        assertThat(AccessPolicy.visibility(actor, PATIENT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NONE, false, false", "REGISTRATION, true, false", "CLINICAL, true, true", "OWN, true, true"})
    void what_each_visibility_shows(Visibility visibility, boolean fullNationalId, boolean clinical) {
        assertThat(visibility.seesFullNationalId()).isEqualTo(fullNationalId);
        assertThat(visibility.seesClinical()).isEqualTo(clinical);
    }

    @ParameterizedTest(name = "coordinator of {0} who is also nurse sees {1}")
    @CsvSource({"3228, CLINICAL"})
    void the_widest_role_wins(String municipality, Visibility expected) {
        Actor actor = new Actor("x", Set.of("coordinator", "nurse"), Optional.empty(), Optional.of(municipality));
        assertThat(AccessPolicy.visibility(actor, PATIENT)).isEqualTo(expected);
    }
}
