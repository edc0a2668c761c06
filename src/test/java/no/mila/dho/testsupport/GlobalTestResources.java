package no.mila.dho.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The resources every Quarkus test gets unless its profile says otherwise: a real PostgreSQL and the OIDC
 * WireMock server whose key signs the tokens of {@link Tokens}.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(WireMockOidcTestResource.class)
public final class GlobalTestResources {

    private GlobalTestResources() {
    }
}
