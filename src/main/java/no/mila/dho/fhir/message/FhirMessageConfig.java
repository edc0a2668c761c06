package no.mila.dho.fhir.message;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The FHIR message transport ({@code dho.outbox.fhir.*}; docs/outbox.md). Off by default. */
@ConfigMapping(prefix = "dho.outbox.fhir")
public interface FhirMessageConfig {

    /** Whether the transport {@code fhir-http} is available to the register. */
    @WithDefault("false")
    boolean enabled();

    /** Whether each POST carries a bearer token from the OIDC client {@code fhir-receiver} (client credentials). */
    @WithDefault("false")
    boolean authenticate();

    /** The longest wait for the receiver's answer (and for a token); longer is a failed attempt, retried. */
    @WithDefault("10s")
    Duration timeout();

    @WithDefault("5s")
    Duration connectTimeout();
}
