package no.mila.dho.shared.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Every kind of error is RFC 9457 problem+json with a stable type, and never shows internals. */
@QuarkusTest
class ProblemDetailsTest {

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("urn:dho:problem:" + type))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("requestId", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("at no.mila")));
    }

    @Test
    void malformed_json_is_a_400_problem() {
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": \"3218\", \"name\": ")
                .when().post("/api/municipalities").then(), 400, "malformed-request");
    }

    @Test
    void a_wrongly_typed_field_is_named() {
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": \"3218\", \"name\": \"Ås\", \"partnerSince\": \"not-a-date\"}")
                .when().post("/api/municipalities").then(), 400, "validation-failed")
                .body("errors.field", hasItem("partnerSince"));
    }

    @Test
    void an_unknown_field_is_refused_not_silently_dropped() {
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": \"3218\", \"name\": \"Ås\", \"partnerSince\": \"2026-03-01\", \"activ\": true}")
                .when().post("/api/municipalities").then(), 400, "validation-failed")
                .body("errors.field", hasItem("activ"));
    }

    @Test
    void invalid_fields_are_each_listed() {
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": \"32\", \"name\": \" \"}")
                .when().post("/api/municipalities").then(), 400, "validation-failed")
                .body("errors.field", allOf(hasItem("number"), hasItem("name"), hasItem("partnerSince")));
    }

    @Test
    void a_missing_body_is_a_validation_problem() {
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .when().post("/api/municipalities").then(), 400, "validation-failed");
    }

    @Test
    void a_wrong_content_type_is_a_415_problem() {
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.TEXT).body("number=3218")
                .when().post("/api/municipalities").then(), 415, "unsupported-media-type");
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        assertProblem(given().auth().oauth2(Tokens.nurse()).when().get("/api/no-such-thing").then(), 404,
                "not-found").body("instance", equalTo("/api/no-such-thing"));
    }

    @Test
    void an_unknown_path_outside_the_api_is_a_404_problem_too() {
        assertProblem(given().when().get("/nothing/here").then(), 404, "not-found");
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        assertProblem(given().auth().oauth2(Tokens.admin()).when().delete("/api/municipalities").then(), 405,
                "method-not-allowed");
    }

    @Test
    void a_missing_token_is_a_401_problem() {
        assertProblem(given().when().get("/api/municipalities").then(), 401, "unauthorized")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void an_expired_token_is_a_401_problem() {
        assertProblem(given().auth().oauth2(Tokens.expired("nurse")).when().get("/api/municipalities").then(),
                401, "unauthorized");
    }

    @Test
    void a_token_for_another_audience_is_a_401_problem() {
        assertProblem(given().auth().oauth2(Tokens.withAudience("nurse", "someone-else"))
                .when().get("/api/municipalities").then(), 401, "unauthorized");
    }

    @Test
    void a_garbage_token_is_a_401_problem() {
        assertProblem(given().auth().oauth2("not.a.token").when().get("/api/municipalities").then(), 401,
                "unauthorized");
    }

    @Test
    void a_wrong_role_is_a_403_problem() {
        assertProblem(given().auth().oauth2(Tokens.patient("p-1")).when().get("/api/municipalities").then(), 403,
                "forbidden");
    }

    @Test
    void a_request_id_from_the_caller_is_echoed() {
        given().header("X-Request-Id", "app-42.retry-1").auth().oauth2(Tokens.nurse())
                .when().get("/api/municipalities")
                .then().statusCode(200).header("X-Request-Id", equalTo("app-42.retry-1"));
    }

    @Test
    void an_unusable_request_id_is_replaced_by_a_generated_one() {
        given().header("X-Request-Id", "<script>").when().get("/nothing/here")
                .then().statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }
}
