package no.mila.dho.fhir.message;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import no.mila.dho.outbox.application.Transport;
import no.mila.dho.outbox.domain.DeliveryResult;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.Recipient;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Transport {@value #NAME}: the message as a FHIR message Bundle ({@link MessageBundleMapping}) POSTed to the
 * recipient's endpoint as {@code application/fhir+json}, with a bearer token by OIDC client credentials when
 * configured. A 2xx is delivered. 408, 429, 401 (the token may have expired: a new one is fetched), 5xx, a timeout and
 * a broken connection are temporary (retried with backoff); any other 4xx is permanent (the receiver refuses this
 * message as it is; parked FAILED at once for a nurse to see). The message id goes with every attempt
 * ({@code MessageHeader.id}, {@code Bundle.identifier}, header {@code X-Message-Id}).
 */
@ApplicationScoped
public class FhirMessageTransport implements Transport {

    public static final String NAME = "fhir-http";

    private final FhirMessageConfig config;
    private final FhirContext fhir;
    private final MessageObservations observations;
    private final ReceiverToken token;
    private final HttpClient http;

    FhirMessageTransport(FhirMessageConfig config, FhirContext fhir, MessageObservations observations,
                         ReceiverToken token) {
        this.config = config;
        this.fhir = fhir;
        this.observations = observations;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public DeliveryResult deliver(OutgoingMessage message, Recipient recipient) {
        Bundle bundle = MessageBundleMapping.toBundle(message, recipient, observations.of(message.payloadJson()));
        String body = fhir.newJsonParser().encodeResourceToString(bundle);
        String bearer;
        try {
            bearer = token.token().orElse(null);
        } catch (RuntimeException e) {
            return DeliveryResult.temporary("No token from the receiver's authorisation server: "
                    + e.getClass().getSimpleName());
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(recipient.endpoint()))
                    .timeout(config.timeout()).header("Content-Type", "application/fhir+json")
                    .header("Accept", "application/fhir+json").header("X-Message-Id", message.id().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return byStatus(status);
        } catch (HttpTimeoutException e) {
            return DeliveryResult.temporary("No answer from the receiver within " + config.timeout());
        } catch (IOException e) {
            return DeliveryResult.temporary("Connection to the receiver failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.temporary("Interrupted while delivering");
        }
    }

    private DeliveryResult byStatus(int status) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered();
        }
        if (status == 401) {
            token.forget();
        }
        if (status == 401 || status == 408 || status == 429 || status >= 500 || status < 400) {
            return DeliveryResult.temporary("The receiver answered " + status);
        }
        return DeliveryResult.permanent("The receiver answered " + status);
    }
}
