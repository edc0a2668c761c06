package no.mila.dho.outbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.mila.dho.shared.problem.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipientRulesTest {

    static final Set<String> TRANSPORTS = Set.of("inbox", "fhir-http");

    static Recipient entry(RecipientKind kind, String key, String transport, String endpoint) {
        return new Recipient(null, kind, key, "Mottaker", "8100001", "974633574", transport, endpoint, true);
    }

    static List<String> fields(Recipient r) {
        return RecipientRules.violations(r, TRANSPORTS).stream().map(FieldViolation::field).toList();
    }

    @ParameterizedTest(name = "{0} {1}: valid {2}")
    @CsvSource({
            "GP, 9200001, true", "GP, 1, true", "GP, 123456789, true", "GP, 1234567890, false", "GP, 92A, false",
            "GP, '', false",
            "DEPARTMENT, AHUS_LUNG, true", "DEPARTMENT, ahus_lung, false", "DEPARTMENT, 3209, false",
            "HOSPITAL, AHUS, true", "HOSPITAL, AHUS LUNG, false",
            "HOME_NURSING, 3209, true", "HOME_NURSING, 320, false", "HOME_NURSING, 32090, false",
            "COORDINATOR, 3228, true", "COORDINATOR, NES, false"})
    void each_kind_is_addressed_by_its_own_key(RecipientKind kind, String key, boolean valid) {
        assertThat(fields(entry(kind, key, "inbox", null))).isEqualTo(valid ? List.of() : List.of("key"));
    }

    @Test
    void a_network_transport_needs_an_absolute_http_endpoint_and_the_inbox_none() {
        assertThat(fields(entry(RecipientKind.GP, "9200001", "fhir-http", null))).containsExactly("endpoint");
        assertThat(fields(entry(RecipientKind.GP, "9200001", "fhir-http", "ftp://x/y"))).containsExactly("endpoint");
        assertThat(fields(entry(RecipientKind.GP, "9200001", "fhir-http", "/relative"))).containsExactly("endpoint");
        assertThat(fields(entry(RecipientKind.GP, "9200001", "fhir-http", "https://mottak.example.no/fhir/$process-message")))
                .isEmpty();
        assertThat(fields(entry(RecipientKind.GP, "9200001", "inbox", null))).isEmpty();
    }

    @Test
    void every_wrong_field_is_named_at_once() {
        Recipient wrong = new Recipient(null, RecipientKind.GP, "x", " ", "HER1", "12345", "carrier-pigeon",
                "not a url", true);
        assertThat(fields(wrong)).containsExactly("key", "name", "herId", "organisationNumber", "transport",
                "endpoint");
        assertThat(fields(new Recipient(null, null, "x", "n", null, null, "inbox", null, true)))
                .containsExactly("kind");
    }
}
