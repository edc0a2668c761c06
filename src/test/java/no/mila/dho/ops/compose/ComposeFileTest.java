package no.mila.dho.ops.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml, checked without a container engine: the service reaches PostgreSQL and Keycloak by the names
 * of services the file defines, accepts the tokens Keycloak issues for the browser-facing URL, runs as the
 * application role with Flyway as the owner, and publishes the ports 8080 and 9000.
 */
class ComposeFileTest {

    static final Path DOCKER = Path.of("docker");
    private static final String SERVICE = "dho-backend";
    private static final Pattern URL = Pattern.compile("(?:jdbc:postgresql|https?)://([^/:]+):(\\d+)(/.*)?");

    private final JsonNode compose = read(DOCKER.resolve("compose.yaml"));
    private final JsonNode services = compose.path("services");
    private final JsonNode environment = services.path(SERVICE).path("environment");

    @Test
    void every_host_the_service_is_given_is_a_service_of_the_file_on_a_port_it_listens_on() {
        Map<String, Set<String>> listening = Map.of("postgres", containerPorts("postgres"),
                "keycloak", Set.of(commandOption("keycloak", "--http-port")));
        List<String> urls = new ArrayList<>();
        environment.properties().forEach(e -> {
            Matcher url = URL.matcher(e.getValue().asText());
            if (url.matches() && !e.getKey().equals("QUARKUS_OIDC_TOKEN_ISSUER")) {
                urls.add(e.getKey());
                assertThat(services.has(url.group(1))).as(e.getKey() + ": host " + url.group(1)).isTrue();
                assertThat(listening.get(url.group(1))).as(e.getKey()).contains(url.group(2));
            }
        });
        assertThat(urls).contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_OIDC_AUTH_SERVER_URL");
        assertThat(services.path(SERVICE).has("network_mode")).as("network_mode").isFalse();
        services.forEach(s -> assertThat(s.path("network_mode").asText()).isNotEqualTo("host"));
    }

    @Test
    void the_issuer_is_the_browser_facing_url_keycloak_issues_tokens_for_and_publishes() {
        String issuer = environment.path("QUARKUS_OIDC_TOKEN_ISSUER").asText();
        URI hostname = URI.create(commandOption("keycloak", "--hostname"));
        assertThat(issuer).isEqualTo(hostname + "/realms/dho");
        assertThat(hostname.getHost()).isEqualTo("localhost");
        assertThat(publishedPorts("keycloak")).contains(hostname.getPort() + ":" + commandOption("keycloak", "--http-port"));
        assertThat(commandOption("keycloak", "--hostname-backchannel-dynamic")).isEqualTo("true");
        assertThat(URI.create(environment.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText()).getPath())
                .isEqualTo(URI.create(issuer).getPath());
    }

    @Test
    void depends_on_names_services_of_the_file() {
        services.properties().forEach(s -> s.getValue().path("depends_on").fieldNames()
                .forEachRemaining(d -> assertThat(services.has(d)).as(s.getKey() + " depends on " + d).isTrue()));
        assertThat(services.path(SERVICE).path("depends_on").has("postgres")).isTrue();
    }

    @Test
    void the_service_runs_as_the_application_role_that_the_init_script_creates_beside_the_owner() throws IOException {
        String app = environment.path("QUARKUS_DATASOURCE_USERNAME").asText();
        String owner = environment.path("QUARKUS_FLYWAY_USERNAME").asText();
        assertThat(app).isNotEqualTo(owner).isEqualTo(environment.path("QUARKUS_FLYWAY_PLACEHOLDERS_APPROLE").asText());
        List<String> scripts = new ArrayList<>();
        services.path("postgres").path("volumes").forEach(v -> {
            String[] mount = v.asText().split(":");
            if (mount[1].startsWith("/docker-entrypoint-initdb.d/")) {
                scripts.add(mount[0]);
            }
        });
        assertThat(scripts).hasSize(1);
        Path script = DOCKER.resolve(scripts.get(0)).normalize();
        assertThat(script).exists();
        String sql = Files.readString(script);
        assertThat(sql).contains("CREATE ROLE " + owner + " LOGIN", "CREATE ROLE " + app + " LOGIN",
                "CREATE DATABASE dho OWNER " + owner);
        assertThat(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).endsWith("/dho");
    }

    @Test
    void the_service_publishes_the_api_and_the_management_port_only() {
        assertThat(publishedPorts(SERVICE)).containsExactlyInAnyOrder("8080:8080", "9000:9000");
    }

    @Test
    void the_service_is_built_from_the_dockerfile_in_the_repository() {
        JsonNode build = services.path(SERVICE).path("build");
        Path context = DOCKER.resolve(build.path("context").asText()).normalize();
        assertThat(context.resolve(build.path("dockerfile").asText()).normalize())
                .isEqualTo(DockerBuildContextTest.DOCKERFILE).exists();
        assertThat(context.resolve(".dockerignore")).isEqualTo(DockerBuildContextTest.DOCKERIGNORE).exists();
    }

    private Set<String> containerPorts(String service) {
        Set<String> ports = new TreeSet<>();
        publishedPorts(service).forEach(p -> ports.add(p.substring(p.lastIndexOf(':') + 1)));
        return ports;
    }

    private List<String> publishedPorts(String service) {
        List<String> ports = new ArrayList<>();
        services.path(service).path("ports").forEach(p -> ports.add(p.asText()));
        return ports;
    }

    private String commandOption(String service, String option) {
        for (JsonNode argument : services.path(service).path("command")) {
            if (argument.asText().startsWith(option + "=")) {
                return argument.asText().substring(option.length() + 1);
            }
        }
        throw new AssertionError(service + " has no " + option);
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }
}
