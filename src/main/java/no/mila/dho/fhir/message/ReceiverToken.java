package no.mila.dho.fhir.message;

import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bearer token for the receiver, by OIDC client credentials (quarkus-oidc-client, client {@value #CLIENT}:
 * {@code quarkus.oidc-client.fhir-receiver.*}), kept until it expires; none when {@code dho.outbox.fhir.authenticate}
 * is off.
 */
@ApplicationScoped
class ReceiverToken {

    static final String CLIENT = "fhir-receiver";

    private final FhirMessageConfig config;
    private final Instance<OidcClients> clients;
    private final AtomicReference<Tokens> current = new AtomicReference<>();

    ReceiverToken(FhirMessageConfig config, Instance<OidcClients> clients) {
        this.config = config;
        this.clients = clients;
    }

    /** The access token to send; throws when the authorisation server cannot be reached in time. */
    Optional<String> token() {
        if (!config.authenticate()) {
            return Optional.empty();
        }
        Tokens tokens = current.get();
        if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
            tokens = clients.get().getClient(CLIENT).getTokens().await().atMost(config.timeout());
            current.set(tokens);
        }
        return Optional.of(tokens.getAccessToken());
    }

    /** Forgets the token (the receiver answered 401): the next attempt gets a new one. */
    void forget() {
        current.set(null);
    }
}
