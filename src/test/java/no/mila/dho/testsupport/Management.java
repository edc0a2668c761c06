package no.mila.dho.testsupport;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests to the service's management interface (health, metrics, OpenAPI), which listens on a port of its own;
 * in tests a free one, which Quarkus publishes as {@code quarkus.management.test-port} once it listens.
 */
public final class Management {

    private Management() {
    }

    /** The management port of the application under test. */
    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** {@code given()} against the management interface. */
    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }
}
