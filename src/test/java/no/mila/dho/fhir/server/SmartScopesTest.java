package no.mila.dho.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.mila.dho.fhir.server.SmartScopes.Context;
import no.mila.dho.fhir.server.SmartScopes.Interaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmartScopesTest {

    @ParameterizedTest(name = "{0} in {1} on {2} {3}: {4}")
    @CsvSource({
            // the SMART 2 forms
            "system/Observation.rs, SYSTEM, Observation, READ, true",
            "system/Observation.rs, SYSTEM, Observation, SEARCH, true",
            "system/Observation.rs, SYSTEM, Observation, CREATE, false",
            "system/Observation.r, SYSTEM, Observation, SEARCH, false",
            "system/Observation.s, SYSTEM, Observation, READ, false",
            "system/Observation.cruds, SYSTEM, Observation, CREATE, true",
            "system/Observation.c, SYSTEM, Observation, CREATE, true",
            "system/*.rs, SYSTEM, CarePlan, READ, true",
            "system/*.rs, SYSTEM, CarePlan, CREATE, false",
            // another type, another context
            "system/Observation.rs, SYSTEM, Patient, READ, false",
            "user/*.rs, SYSTEM, Observation, READ, false",
            "patient/*.rs, USER, Observation, READ, false",
            "user/*.rs, USER, Task, SEARCH, true",
            "patient/Observation.c, PATIENT, Observation, CREATE, true",
            "patient/Observation.c, PATIENT, QuestionnaireResponse, CREATE, false",
            // the SMART 1 forms
            "user/Observation.read, USER, Observation, SEARCH, true",
            "user/Observation.read, USER, Observation, CREATE, false",
            "patient/*.write, PATIENT, Observation, CREATE, true",
            "patient/*.write, PATIENT, Observation, READ, false",
            "user/*.*, USER, Flag, CREATE, true",
            // malformed or not understood: never a grant
            "system/Observation.sr, SYSTEM, Observation, READ, false",
            "system/Observation.rrs, SYSTEM, Observation, READ, false",
            "system/Observation., SYSTEM, Observation, READ, false",
            "system/.rs, SYSTEM, Observation, READ, false",
            "/Observation.rs, SYSTEM, Observation, READ, false",
            "system/Observation.rs?category=vital-signs, SYSTEM, Observation, READ, false",
            "Observation.rs, SYSTEM, Observation, READ, false",
            "openid, SYSTEM, Observation, READ, false",
            "SYSTEM/Observation.rs, SYSTEM, Observation, READ, false",
            "system/observation.rs, SYSTEM, Observation, READ, false",
    })
    void a_scope_grants_exactly_what_it_says(String scope, Context context, String type, Interaction interaction,
                                             boolean granted) {
        assertThat(SmartScopes.allows(Set.of(scope), context, type, interaction)).isEqualTo(granted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"''", "openid profile", "offline_access email"})
    void no_smart_scope_grants_nothing(String scopes) {
        Set<String> set = scopes.isBlank() ? Set.of() : Set.of(scopes.split(" "));
        for (Context context : Context.values()) {
            for (Interaction interaction : Interaction.values()) {
                assertThat(SmartScopes.allows(set, context, "Observation", interaction)).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} needs {3}")
    @CsvSource({"SYSTEM, Observation, SEARCH, system/Observation.rs", "USER, Task, READ, user/Task.rs",
            "PATIENT, QuestionnaireResponse, CREATE, patient/QuestionnaireResponse.c"})
    void the_needed_scope_is_named(Context context, String type, Interaction interaction, String needed) {
        assertThat(SmartScopes.needed(context, type, interaction)).isEqualTo(needed);
        assertThat(SmartScopes.allows(Set.of(needed), context, type, interaction)).isTrue();
    }
}
