package no.mila.dho.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The FHIR paths' uri label: templates with the type, never an id, and one value for whatever is unknown. */
class FhirPathTemplatesTest {

    private final FhirPathTemplates templates = new FhirPathTemplates(Set.of("Patient", "Observation", "Basic"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/fhir/r4, /fhir/r4",
            "/fhir/r4/, /fhir/r4",
            "/fhir/r4/metadata, /fhir/r4/metadata",
            "/fhir/r4/.well-known/smart-configuration, /fhir/r4/.well-known/smart-configuration",
            "/fhir/r4/Patient, /fhir/r4/Patient",
            "/fhir/r4/Patient/_search, /fhir/r4/Patient/_search",
            "/fhir/r4/Patient/0b0f6a4e-8a0e-4bb6-9f51-2d0f1c2f7c11, /fhir/r4/Patient/{id}",
            "/fhir/r4/Observation/42, /fhir/r4/Observation/{id}",
            "/fhir/r4/Basic/7/_history, /fhir/r4/Basic/{id}/_history",
            "/fhir/r4/Basic/7/_history/3, /fhir/r4/Basic/{id}/_history/{vid}",
            "/fhir/r4/Patient/7/$everything, /fhir/r4/Patient/{id}/{operation}",
            "/fhir/r4/$process-message, /fhir/r4/{operation}",
            "/fhir/r4/NoSuchType/1, /fhir/r4/UNMATCHED",
            "/fhir/r4/Patient/1/2/3/4, /fhir/r4/UNMATCHED",
            "/fhir/r4/Patient/1/nonsense, /fhir/r4/Patient/{id}/UNMATCHED"})
    void a_fhir_path_becomes_its_template(String path, String template) {
        assertThat(templates.templateOf(path)).contains(template);
    }

    @ParameterizedTest
    @CsvSource({"/api/patients", "/fhir/r5/Patient/1", "/fhir/r4x"})
    void other_paths_are_not_the_fhir_servers(String path) {
        assertThat(templates.templateOf(path)).isEqualTo(Optional.empty());
    }
}
