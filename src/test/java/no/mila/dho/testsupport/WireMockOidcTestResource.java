package no.mila.dho.testsupport;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The OIDC WireMock server of quarkus-test-oidc-server, with the application pointed at it in any profile
 * (also the packaged application of the {@code *IT} tests, which runs in the prod profile).
 */
public class WireMockOidcTestResource extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus/");
        return config;
    }
}
