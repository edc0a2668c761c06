package no.mila.dho.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import no.mila.dho.devstack.KeycloakServer;

/** The real Keycloak (Maven Central distribution) with the committed realm, on a free loopback port. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KeycloakServer server;

    public static KeycloakServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
        Path home = Path.of(System.getProperty("keycloak.home", root.resolve(".local/keycloak-26.7.3").toString()));
        server = KeycloakServer.start(home, root.resolve("keycloak/dho-realm.json"), KeycloakServer.freePort(),
                root.resolve("target/keycloak-test.log"),
                seconds -> System.out.println("[test] Keycloak starting (" + seconds + " s)"));
        return Map.of("quarkus.oidc.auth-server-url", server.realmUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
