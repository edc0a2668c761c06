package no.mila.dho.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The console's front page and its frame (docs/console.md): Norwegian, the role's menu, the console's own CSP, and
 * nothing without a session. The sign-in itself (Keycloak's page, the code flow) is covered by the browser tests.
 */
@QuarkusTest
class ConsoleHomeTest {

    static final String CONSOLE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Test
    @TestSecurity(user = "nina.nurse", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "hpr", value = "9100002"),
            @Claim(key = "sid", value = "session-1")})
    void a_nurse_sees_her_menu_in_norwegian_under_the_consoles_csp() {
        Response page = given().get("/console");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).isEqualTo(CONSOLE_CSP);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        String html = page.asString();
        assertThat(html).contains("<html lang=\"nb\"", "Velkommen, Nina Nurse", "sykepleier", "/console/worklist")
                .doesNotContain("/console/municipality");
    }

    @Test
    @TestSecurity(user = "kari.koordinator", roles = "coordinator")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Kari Koordinator"),
            @Claim(key = "municipality", value = "3209")})
    void a_coordinator_sees_no_worklist() {
        String html = given().get("/console").then().statusCode(200).extract().asString();
        assertThat(html).contains("koordinator", "/console/municipality").doesNotContain("/console/worklist");
    }

    @Test
    @TestSecurity(user = "nina.nurse", roles = "nurse")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nina Nurse"), @Claim(key = "hpr", value = "9100002"),
            @Claim(key = "sid", value = "session-1")})
    void an_unknown_console_path_is_the_norwegian_error_page_and_the_api_keeps_problem_json() {
        Response page = given().get("/console/finnes-ikke");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("data-testid=\"error\"", "lang=\"nb\"");
        Response post = given().post("/console/finnes-ikke");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.asString()).contains("data-testid=\"error\"");
        Response api = given().get("/api/finnes-ikke");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void nothing_of_the_console_answers_without_a_session() {
        for (String path : new String[] {"/console", "/console/assets/console.css", "/console/worklist"}) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 499);
            assertThat(response.asString()).as(path).doesNotContain("Velkommen");
        }
    }

    @Test
    void the_signed_out_page_is_open_and_the_api_keeps_its_own_csp() {
        given().get("/console/signed-out").then().statusCode(200);
        assertThat(given().get("/api/worklist").header("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }
}
