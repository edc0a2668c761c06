package no.mila.dho.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Tests that prove the security set-up against the real Keycloak instead of the OIDC WireMock server. The packaged
 * service runs in its production profile, so synthetic national identity numbers (the only ones tests use) are
 * allowed here explicitly.
 */
public class RealKeycloakProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresTestResource.class),
                new TestResourceEntry(KeycloakTestResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dho.patient.accept-synthetic-national-ids", "true");
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
