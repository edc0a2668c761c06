package no.mila.dho.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.mila.dho.economics.EconomicsFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every response of the application port carries the security headers, errors and refusals included. */
@QuarkusTest
class SecurityHeadersTest {

    static final Map<String, String> HEADERS = Map.of(
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "X-Frame-Options", "DENY",
            "Cache-Control", "no-store");

    private static final String TOWN = "9473";
    private static final int YEAR = java.time.LocalDate.now().getYear();
    private static final String RECIPIENTS = "/api/economics/recipients?year=" + YEAR + "&municipality=" + TOWN;

    private static boolean townMade;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    static Stream<Arguments> responses() {
        String unknown = UUID.randomUUID().toString();
        return Stream.of(
                case_("200 JSON", 200, () -> as(Tokens.nurse()).get("/api/municipalities")),
                case_("201 created", 201, () -> as(Tokens.nurse()).contentType(ContentType.JSON)
                        .body(Map.of("nationalId", no.mila.dho.testsupport.SyntheticIds.next(), "givenName", "Hode",
                                "familyName", "Test", "municipality", "3209",
                                "gp", Map.of("name", "Lege", "hpr", PatientFixtures.GP_HPR)))
                        .post("/api/patients")),
                case_("400 problem+json", 400, () -> as(Tokens.nurse()).contentType(ContentType.JSON).body("{\"x\":")
                        .post("/api/patients")),
                case_("401 API", 401, () -> given().get("/api/patients/" + unknown)),
                case_("401 FHIR", 401, () -> given().get("/fhir/r4/Patient/" + unknown)),
                case_("403", 403, () -> as(Tokens.patient("p-" + unknown)).get("/api/worklist")),
                case_("404 API resource", 404, () -> as(Tokens.nurse()).get("/api/patients/" + unknown)),
                case_("404 no route", 404, () -> given().get("/nothing-here")),
                case_("FHIR OperationOutcome 403", 403, () -> as(Tokens.nurse()).get("/fhir/r4/Patient/" + unknown)),
                case_("FHIR CapabilityStatement", 200, () -> given().get("/fhir/r4/metadata")),
                case_("SMART configuration", 200, () -> given().get("/fhir/r4/.well-known/smart-configuration")),
                case_("CSV report", 200, () -> as(Tokens.teamLeader()).get(RECIPIENTS + "&format=csv")),
                case_("XLSX report", 200, () -> as(Tokens.teamLeader()).get(RECIPIENTS + "&format=xlsx")),
                case_("PNG chart", 200, () -> as(Tokens.teamLeader()).get("/api/economics/recipients/chart?year="
                        + YEAR + "&municipality=" + TOWN)));
    }

    private static Arguments case_(String name, int status, Supplier<Response> request) {
        return Arguments.of(name, status, request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void every_response_carries_the_security_headers(String name, int status, Supplier<Response> request) {
        if (!townMade) {
            EconomicsFixtures.ensureMunicipality(TOWN, "Telleby", java.time.LocalDate.of(2026, 1, 1));
            townMade = true;
        }
        Response response = request.get();
        assertThat(response.statusCode()).as(name).isEqualTo(status);
        // a report's own Cache-Control: no-store (shared/report/ReportResponses) comes on top of the configured one
        HEADERS.forEach((header, value) -> assertThat(response.headers().getValues(header))
                .as(name + ": " + header).isNotEmpty().containsOnly(value));
    }
}
