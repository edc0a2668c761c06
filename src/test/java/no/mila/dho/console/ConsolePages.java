package no.mila.dho.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mila.dho.console.csrf.ConsoleCsrf;

/**
 * For the console's page tests (signed in with {@code @TestSecurity} and {@code @OidcSecurity}): open a page, read the
 * CSRF token from its forms, post a form as the browser would. The browser tests (no.mila.dho.console.browser) do
 * the same through Chromium and the real Keycloak.
 */
public final class ConsolePages {

    private static final Pattern TOKEN = Pattern.compile(
            "name=\"" + Pattern.quote(ConsoleCsrf.FIELD) + "\" value=\"([^\"]+)\"");

    private ConsolePages() {
    }

    /** GET a page, expecting 200 and HTML. */
    public static String open(String path) {
        Response response = given().redirects().follow(false).get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        assertThat(response.contentType()).as("GET " + path).startsWith("text/html");
        return response.asString();
    }

    /** The CSRF token in a page's forms. */
    public static String csrfToken(String html) {
        Matcher matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).as("the page has a form with the CSRF token").isTrue();
        return matcher.group(1);
    }

    /** POST a form with the token of {@code pageWithForm}, without following the redirect (303 after success). */
    public static Response post(String path, String pageWithForm, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(ConsoleCsrf.FIELD, csrfToken(pageWithForm));
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParams(all).post(path);
    }

    /** POST a form without any token (must be refused with 403). */
    public static Response postWithoutToken(String path, Map<String, String> fields) {
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParams(fields).post(path);
    }
}
