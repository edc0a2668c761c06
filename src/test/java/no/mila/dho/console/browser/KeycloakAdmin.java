package no.mila.dho.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import no.mila.dho.devstack.KeycloakServer;

/**
 * Keycloak's admin REST API for the browser tests, as the bootstrap admin of the test Keycloak ({@code admin/admin},
 * set by {@link KeycloakServer}): lets the console's client redirect to the service's random port, and shortens or
 * restores the realm's session and token lifespans for the test that lets a session expire. Also gets tokens for the
 * API with the password grant of client {@code dho-app} (a patient's report, as the app sends it).
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    KeycloakAdmin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** An access token of demo user {@code username} (password {@code demo}) for the API, from client dho-app. */
    public String passwordToken(String username) {
        JsonNode answer = form(keycloak.tokenUrl(), Map.of("grant_type", "password", "client_id", "dho-app",
                "username", username, "password", "demo"));
        return answer.path("access_token").asText();
    }

    /**
     * Lets client {@code dho-console} redirect back to {@code consoleBaseUrl} (e.g. http://localhost:41234) after
     * signing in and after signing out, beside what the realm file allows (port 8080).
     */
    public void allowConsoleAt(String consoleBaseUrl) {
        ObjectNode client = client("dho-console");
        String pattern = consoleBaseUrl + "/console/*";
        ArrayNode redirects = (ArrayNode) client.withArray("redirectUris");
        redirects.add(pattern);
        ObjectNode attributes = client.with("attributes");
        String logout = attributes.path("post.logout.redirect.uris").asText("");
        attributes.put("post.logout.redirect.uris", logout.isEmpty() ? pattern : logout + "##" + pattern);
        putClient(client);
    }

    /** The realm's settings (a JSON object with e.g. {@code ssoSessionMaxLifespan}, {@code accessTokenLifespan}). */
    public ObjectNode realm() {
        return (ObjectNode) send(authorized(adminUrl("")).GET().build());
    }

    /** Changes the given top-level settings of the realm (Keycloak leaves the settings not named as they are). */
    public void updateRealm(Map<String, Object> settings) {
        ObjectNode body = JSON.valueToTree(settings);
        send(authorized(adminUrl("")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** The number of active Keycloak sessions of demo user {@code username}. */
    public int sessionCount(String username) {
        JsonNode users = send(authorized(adminUrl("/users?exact=true&username=" + encode(username))).GET().build());
        if (users.size() != 1) {
            throw new IllegalStateException("No single user " + username + " in realm dho: " + users);
        }
        String id = users.get(0).path("id").asText();
        return send(authorized(adminUrl("/users/" + id + "/sessions")).GET().build()).size();
    }

    ObjectNode client(String clientId) {
        JsonNode found = send(authorized(adminUrl("/clients?clientId=" + encode(clientId))).GET().build());
        if (found.size() != 1) {
            throw new IllegalStateException("No single client " + clientId + " in realm dho: " + found);
        }
        return (ObjectNode) found.get(0);
    }

    void putClient(ObjectNode client) {
        send(authorized(adminUrl("/clients/" + client.path("id").asText())).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())).build());
    }

    private String adminUrl(String path) {
        return keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + path;
    }

    private HttpRequest.Builder authorized(String url) {
        String token = form(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .path("access_token").asText();
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private JsonNode form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.uri(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
