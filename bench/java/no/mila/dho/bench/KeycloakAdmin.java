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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Just enough of Keycloak's admin and token endpoints to create patient users and log them in. The admin token
 * (master realm, 60 s) is renewed before it expires and once more on a 401, so that a long preparation on a loaded
 * machine does not stop half-way.
 */
final class KeycloakAdmin {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private String adminToken;
    private long adminTokenRenewAt;

    KeycloakAdmin(String base) throws IOException, InterruptedException {
        this.base = base;
        renew();
    }

    private synchronized void renew() throws IOException, InterruptedException {
        JsonNode t = tokenResponse(base + "/realms/master", "admin-cli", "admin", "admin");
        adminToken = t.get("access_token").asText();
        // renew at two thirds of the lifetime (60 s by default)
        adminTokenRenewAt = System.nanoTime() + t.path("expires_in").asLong(60) * 2_000_000_000L / 3;
    }

    private synchronized String adminToken() throws IOException, InterruptedException {
        if (System.nanoTime() - adminTokenRenewAt >= 0) {
            renew();
        }
        return adminToken;
    }

    String token(String realmUrl, String client, String username, String password) throws IOException, InterruptedException {
        return tokenResponse(realmUrl, client, username, password).get("access_token").asText();
    }

    private JsonNode tokenResponse(String realmUrl, String client, String username, String password)
            throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", password)
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body());
    }

    /** Lets the benchmark's tokens live an hour. */
    void longTokens() throws IOException, InterruptedException {
        send("PUT", "/admin/realms/dho", "{\"accessTokenLifespan\": 3600}");
    }

    /**
     * Lets the benchmark's tokens live two hours (a soak run outlives one), and hashes the bench realm's passwords
     * cheaply (one PBKDF2 iteration instead of Keycloak's costly default): creating and logging in 10,000 patients
     * would otherwise take most of an hour of CPU. Only the throw-away benchmark realm is changed.
     */
    void benchRealm() throws IOException, InterruptedException {
        send("PUT", "/admin/realms/dho", "{\"accessTokenLifespan\": 7200, \"ssoSessionMaxLifespan\": 36000,"
                + " \"ssoSessionIdleTimeout\": 36000,"
                + " \"passwordPolicy\": \"hashAlgorithm(pbkdf2-sha256) and hashIterations(1)\"}");
    }

    /**
     * Creates patient users with the realm role {@code patient} in one partial import and returns their ids (the
     * tokens' subjects), in the order of {@code usernames}.
     */
    List<String> createPatients(List<String> usernames) throws IOException, InterruptedException {
        List<Map<String, Object>> users = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String username : usernames) {
            String id = java.util.UUID.randomUUID().toString();
            ids.add(id);
            users.add(Map.of("id", id, "username", username, "enabled", true, "emailVerified", true,
                    "email", username + "@bench.dho.invalid", "firstName", "Bench", "lastName", username,
                    "realmRoles", List.of("patient"),
                    "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))));
        }
        JsonNode result = json.readTree(send("POST", "/admin/realms/dho/partialImport",
                json.writeValueAsString(Map.of("ifResourceExists", "FAIL", "users", users))).body());
        if (result.path("added").asInt() != usernames.size()) {
            throw new IllegalStateException("partial import added " + result.path("added") + " of " + usernames.size());
        }
        for (JsonNode r : result.path("results")) {
            int at = usernames.indexOf(r.path("resourceName").asText());
            if (at >= 0 && r.hasNonNull("id")) {
                ids.set(at, r.get("id").asText());
            }
        }
        return ids;
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = sendOnce(method, path, body, adminToken());
        if (r.statusCode() == 401) {
            renew();
            r = sendOnce(method, path, body, adminToken());
        }
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private HttpResponse<String> sendOnce(String method, String path, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
