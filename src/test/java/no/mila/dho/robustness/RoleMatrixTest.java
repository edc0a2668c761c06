package no.mila.dho.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.robustness.ApiOperations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@code openapi/openapi.yaml}, called without a token and with a token of every role: 401
 * without one, 403 for a role the operation's {@code security} does not list, and neither 401 nor 403 for a
 * role it lists (404 or 400 are fine: the ids are made up and the body is empty, so nothing is changed).
 * Because the matrix is generated from the document, a new endpoint without a role rule fails the build.
 * The cells of access by need (own municipality, own patients) are in
 * {@code no.mila.dho.patient.api.RoleMatrixTest}.
 */
@QuarkusTest
class RoleMatrixTest {

    /** Operations anyone may call without a token; each one needs a reason here. */
    static final Set<String> PUBLIC = Set.of(
            // the user survey is answered by a single-use link without a login, like a Forms link: a login would
            // tie the answer to the patient (the token, in the body, is the only key; docs/survey.md)
            "POST /api/survey-responses", "POST /api/survey-responses/questionnaire");

    private final List<Operation> operations = ApiOperations.load().all();

    @Test
    void every_operation_has_a_role_rule_or_is_public_on_purpose() {
        List<String> unguarded = operations.stream()
                .filter(o -> !o.secured() && !PUBLIC.contains(o.name())).map(Operation::name).toList();
        assertThat(operations).as("operations read from " + ApiOperations.DOCUMENT).hasSizeGreaterThan(50);
        assertThat(unguarded).as("operations without a security requirement and not in the public allow-list")
                .isEmpty();
    }

    @Test
    void every_operation_answers_every_role_as_its_security_requirement_says() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            String path = path(operation);
            int anonymous = call(operation, path, null);
            if (anonymous != (PUBLIC.contains(operation.name()) ? anonymous : 401)) {
                wrong.add(operation.name() + " without a token: " + anonymous + " (expected 401)");
            }
            for (String role : RoleTokens.ROLES) {
                int status = call(operation, path, RoleTokens.token(role, "matrix-" + UUID.randomUUID()));
                boolean allowed = !operation.secured() || operation.roles().isEmpty() || operation.roles().contains(role);
                if (allowed && (status == 401 || status == 403)) {
                    wrong.add(operation.name() + " as " + role + ": " + status + " (listed in its security: not 401/403)");
                } else if (!allowed && status != 403) {
                    wrong.add(operation.name() + " as " + role + ": " + status + " (not listed in its security: 403)");
                }
            }
        }
        assertThat(wrong).as("cells that differ from the security requirements of the document").isEmpty();
    }

    /** Every path parameter a made-up id: the role rule must hold before anything is looked up. */
    private static String path(Operation operation) {
        String path = operation.path();
        for (String parameter : operation.pathParameters()) {
            path = path.replace("{" + parameter + "}", UUID.randomUUID().toString());
        }
        return path;
    }

    private static int call(Operation operation, String path, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (operation.requestSchema() != null) {
            request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(operation.method(), path).then().extract().statusCode();
    }
}
