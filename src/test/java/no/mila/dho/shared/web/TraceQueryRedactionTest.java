package no.mila.dho.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a span keeps of a request's query string: the parameter names, never what was searched for. */
class TraceQueryRedactionTest {

    @Test
    void every_value_is_redacted_and_the_names_stay() {
        assertThat(TraceQueryRedaction.redact("name=Ola%20Nordmann&nationalId=01018012345&page=2"))
                .isEqualTo("name=REDACTED&nationalId=REDACTED&page=REDACTED");
        assertThat(TraceQueryRedaction.redact("zone=")).isEqualTo("zone=REDACTED");
    }

    @Test
    void a_parameter_without_a_value_or_with_a_name_that_is_not_a_plain_name_is_redacted_whole() {
        assertThat(TraceQueryRedaction.redact("01018012345")).isEqualTo("REDACTED");
        assertThat(TraceQueryRedaction.redact("Nordmann%20Ola=1&size=20")).isEqualTo("REDACTED&size=REDACTED");
        assertThat(TraceQueryRedaction.redact("a=1&&b=2")).isEqualTo("a=REDACTED&REDACTED&b=REDACTED");
    }
}
