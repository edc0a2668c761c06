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
import java.util.Map;
import java.util.stream.Collectors;

/** Just enough of Keycloak's admin and token endpoints to create patient users and log them in. */
final class KeycloakAdmin {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String adminToken;

    KeycloakAdmin(String base) throws IOException, InterruptedException {
        this.base = base;
        this.adminToken = token(base + "/realms/master", "admin-cli", "admin", "admin");
    }

    String token(String realmUrl, String client, String username, String password) throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", password)
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body()).get("access_token").asText();
    }

    /** Lets the benchmark's tokens live an hour. */
    void longTokens() throws IOException, InterruptedException {
        send("PUT", "/admin/realms/dho", "{\"accessTokenLifespan\": 3600}");
    }

    /** Creates a patient user and returns its id (the token's subject). */
    String createPatient(String username) throws IOException, InterruptedException {
        HttpResponse<String> created = send("POST", "/admin/realms/dho/users", json.writeValueAsString(Map.of(
                "username", username, "enabled", true, "emailVerified", true, "email", username + "@bench.dho.invalid",
                "firstName", "Bench", "lastName", username,
                "credentials", java.util.List.of(Map.of("type", "password", "value", "demo", "temporary", false)))));
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonNode role = json.readTree(send("GET", "/admin/realms/dho/roles/patient", null).body());
        send("POST", "/admin/realms/dho/users/" + id + "/role-mappings/realm", "[" + role + "]");
        return id;
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }
}
