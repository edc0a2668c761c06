package no.mila.dho.fhir.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /fhir/r4/.well-known/smart-configuration} (SMART App Launch 2.x), public: where clients get tokens
 * (Keycloak realm dho), which grants and scopes are supported. The endpoints are Keycloak's, derived from the OIDC
 * server URL the service validates tokens against, or set with {@code dho.fhir.smart.issuer} where clients reach
 * Keycloak under another address.
 */
@Singleton
public class SmartConfiguration {

    public static final String PATH = "/fhir/r4/.well-known/smart-configuration";

    static final List<String> SCOPES = List.of("system/*.rs", "user/*.rs", "patient/*.rs", "patient/Observation.c",
            "patient/QuestionnaireResponse.c", "system/Patient.rs", "system/Observation.rs",
            "system/QuestionnaireResponse.rs", "system/Questionnaire.rs", "system/Flag.rs", "system/CarePlan.rs", "system/Basic.rs",
            "user/Patient.rs", "user/Observation.rs", "user/QuestionnaireResponse.rs", "user/Questionnaire.rs",
            "user/Flag.rs", "user/Task.rs", "user/CarePlan.rs", "user/AuditEvent.rs", "user/Basic.rs", "patient/Patient.rs",
            "patient/Observation.rs", "patient/QuestionnaireResponse.rs", "patient/Questionnaire.rs",
            "patient/Flag.rs", "patient/CarePlan.rs", "patient/AuditEvent.rs");

    private final String issuer;
    private final ObjectMapper json;

    public SmartConfiguration(@ConfigProperty(name = "dho.fhir.smart.issuer") Optional<String> issuer,
                              @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> oidcServer,
                              ObjectMapper json) {
        this.issuer = issuer.or(() -> oidcServer).orElse("").replaceAll("/+$", "");
        this.json = json;
    }

    public String tokenEndpoint() {
        return issuer + "/protocol/openid-connect/token";
    }

    public String authorizationEndpoint() {
        return issuer + "/protocol/openid-connect/auth";
    }

    Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
        document.put("authorization_endpoint", authorizationEndpoint());
        document.put("token_endpoint", tokenEndpoint());
        document.put("grant_types_supported", List.of("authorization_code", "client_credentials"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post",
                "private_key_jwt"));
        document.put("scopes_supported", SCOPES);
        document.put("response_types_supported", List.of("code"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("capabilities", List.of("client-confidential-symmetric", "client-confidential-asymmetric",
                "permission-v2", "permission-v1", "context-standalone-patient", "launch-standalone"));
        return document;
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(ctx -> {
            try {
                ctx.response().putHeader("Content-Type", "application/json").end(json.writeValueAsString(document()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                ctx.fail(e);
            }
        });
    }
}
