package no.mila.dho.openapi;

import static no.mila.dho.testsupport.Management.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in {@code openapi/openapi.yaml} is exactly what the code serves at {@code /q/openapi}.
 * Refresh it with: {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true}
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CHECKED_IN = Path.of(System.getProperty("project.root", "."), "openapi/openapi.yaml");

    @Test
    void the_checked_in_spec_matches_the_code() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(CHECKED_IN.getParent());
            Files.writeString(CHECKED_IN, served);
        }
        assertThat(Files.exists(CHECKED_IN)).as("openapi/openapi.yaml exists").isTrue();
        assertThat(normalise(served))
                .as("openapi/openapi.yaml differs from the code; refresh it with "
                        + "./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true")
                .isEqualTo(normalise(Files.readString(CHECKED_IN)));
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}
