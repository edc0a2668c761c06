package no.mila.dho.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.mila.dho.fhir.server.SmartScopes;

/**
 * Tokens with SMART on FHIR scopes for the FHIR benchmark, from the real Keycloak: a nurse's token requested with
 * {@code scope=openid user/*.rs} (client {@code dho-app}), or the hospital's machine client's token (client
 * credentials, {@code hospital-fhir}) with a {@code system/} scope for the resource type and the claim
 * {@code hospital=AHUS}. Where the realm file lacks the client scope or the claim, they are added through the admin
 * API first, so the benchmark runs with or without them in {@code keycloak/dho-realm.json}.
 */
final class SmartTokens {

    static final String USER_SCOPE = "user/*.rs";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final KeycloakAdmin admin;
    private final String realmUrl;
    private final String resourceType;

    /** Tokens for searching (and reading) {@code resourceType}, e.g. Observation. */
    SmartTokens(KeycloakAdmin admin, String realmUrl, String resourceType) {
        this.admin = admin;
        this.realmUrl = realmUrl;
        this.resourceType = resourceType;
    }

    /** Makes sure the nurse can ask for {@code user/*.rs} (an optional client scope of {@code dho-app}). */
    void prepareNurse() throws IOException, InterruptedException {
        ensureClientScope("dho-app", USER_SCOPE, false);
    }

    /** Makes sure the hospital client's token carries a system scope for the type (else system/T.rs) and a hospital. */
    void prepareHospital() throws IOException, InterruptedException {
        String token = hospital();
        if (!grantsSearch(token, SmartScopes.Context.SYSTEM)) {
            ensureClientScope("hospital-fhir", "system/" + resourceType + ".rs", true);
        }
        if (!claims(token).hasNonNull("hospital")) {
            ensureHardcodedClaim("hospital-fhir", "hospital", "AHUS");
        }
    }

    String nurse() throws IOException, InterruptedException {
        return checked(request(Map.of("grant_type", "password", "client_id", "dho-app", "username", "nora.nurse",
                "password", System.getProperty("bench.nursePassword", "demo"), "scope", "openid " + USER_SCOPE)),
                SmartScopes.Context.USER);
    }

    String hospital() throws IOException, InterruptedException {
        return request(Map.of("grant_type", "client_credentials", "client_id", "hospital-fhir", "client_secret",
                System.getProperty("bench.hospitalSecret", "demo-hospital-fhir-secret")));
    }

    String checkedHospital() throws IOException, InterruptedException {
        return checked(hospital(), SmartScopes.Context.SYSTEM);
    }

    /** The token's scope and hospital claims, for the report. */
    String describe(String token) {
        JsonNode c = claims(token);
        return "scope \"" + c.path("scope").asText() + "\"" + (c.hasNonNull("hospital") ? ", hospital "
                + c.get("hospital").asText() : "");
    }

    private String checked(String token, SmartScopes.Context context) {
        if (!grantsSearch(token, context)) {
            throw new IllegalStateException("The token grants no " + resourceType + " search: " + describe(token));
        }
        return token;
    }

    private boolean grantsSearch(String token, SmartScopes.Context context) {
        Set<String> scopes = Set.of(claims(token).path("scope").asText("").trim().split("\\s+"));
        return SmartScopes.allows(scopes, context, resourceType, SmartScopes.Interaction.SEARCH)
                && SmartScopes.allows(scopes, context, resourceType, SmartScopes.Interaction.READ);
    }

    private JsonNode claims(String token) {
        try {
            return json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException("Not a JWT", e);
        }
    }

    private String request(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token (" + form.get("client_id") + "): " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body()).get("access_token").asText();
    }

    private void ensureClientScope(String clientId, String scope, boolean asDefault) throws IOException, InterruptedException {
        String client = clientUuid(clientId);
        for (String kind : new String[] {"default", "optional"}) {
            for (JsonNode s : get("/admin/realms/dho/clients/" + client + "/" + kind + "-client-scopes")) {
                if (scope.equals(s.path("name").asText())) {
                    return;
                }
            }
        }
        String id = scopeId(scope);
        if (id == null) {
            admin.send("POST", "/admin/realms/dho/client-scopes", json.writeValueAsString(Map.of("name", scope,
                    "protocol", "openid-connect", "attributes", Map.of("include.in.token.scope", "true",
                            "display.on.consent.screen", "false"))));
            id = scopeId(scope);
        }
        admin.send("PUT", "/admin/realms/dho/clients/" + client + "/" + (asDefault ? "default" : "optional")
                + "-client-scopes/" + id, null);
        ReportBenchmark.say("Added client scope " + scope + " to " + clientId + (asDefault ? " (default)" : " (optional)"));
    }

    private void ensureHardcodedClaim(String clientId, String claim, String value) throws IOException, InterruptedException {
        String client = clientUuid(clientId);
        admin.send("POST", "/admin/realms/dho/clients/" + client + "/protocol-mappers/models", json.writeValueAsString(
                Map.of("name", claim, "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-claim-mapper",
                        "config", Map.of("claim.name", claim, "claim.value", value, "jsonType.label", "String",
                                "access.token.claim", "true", "id.token.claim", "false",
                                "introspection.token.claim", "true"))));
        ReportBenchmark.say("Added the claim " + claim + "=" + value + " to " + clientId);
    }

    private String scopeId(String name) throws IOException, InterruptedException {
        for (JsonNode s : get("/admin/realms/dho/client-scopes")) {
            if (name.equals(s.path("name").asText())) {
                return s.get("id").asText();
            }
        }
        return null;
    }

    private String clientUuid(String clientId) throws IOException, InterruptedException {
        return get("/admin/realms/dho/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8))
                .get(0).get("id").asText();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return json.readTree(admin.send("GET", path, null).body());
    }
}
