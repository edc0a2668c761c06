package no.mila.dho.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Tests that prove the security set-up against the real Keycloak instead of the OIDC WireMock server. */
public class RealKeycloakProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresTestResource.class),
                new TestResourceEntry(KeycloakTestResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
