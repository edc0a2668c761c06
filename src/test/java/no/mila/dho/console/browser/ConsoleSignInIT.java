package no.mila.dho.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing in to the console and out of it in a real browser, against the real Keycloak and the packaged service
 * ({@link ConsoleStack}): the authorization code flow with PKCE on Keycloak's own login page, the path restored after
 * the redirect, signing out through Keycloak, and a session that expires.
 */
class ConsoleSignInIT {

    /** The Keycloak session's lifespan while the expiry test runs (the realm's is 10 h). */
    static final int SHORT_SESSION_SECONDS = 30;
    /** The tokens' lifespan while the expiry test runs (the realm's is 5 min). */
    static final int SHORT_TOKEN_SECONDS = 10;

    static ConsoleStack stack;

    @BeforeAll
    static void stack() {
        stack = ConsoleStack.get();
    }

    @Test
    void signing_in_on_keycloaks_page_leads_back_to_the_page_asked_for_and_the_home_page_passes_axe() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(stack)) {
            browser.go("/console/worklist").awaitLoginPage();
            assertThat(browser.url()).startsWith(stack.keycloak().realmUrl() + "/protocol/openid-connect/auth?")
                    .contains("client_id=dho-console", "code_challenge_method=S256");
            browser.screenshot("sign-in");

            browser.signIn("nina.nurse", "demo");
            assertThat(browser.path()).isEqualTo("/console/worklist");

            browser.go("/console");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Velkommen, Nina Sykepleier");
            assertThat(browser.find(By.cssSelector("header .who")).getText()).contains("sykepleier", "Logg ut");
            Axe.assertAccessible(browser, "the home page");
            assertThat(inlineScriptRuns(browser)).as("an inline script under the console's CSP").isFalse();
            browser.screenshot("home");
        }
    }

    @Test
    void signing_out_ends_on_the_signed_out_page_and_the_console_asks_to_sign_in_again() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(stack)) {
            browser.signInAt("/console", "nina.nurse");
            browser.find(By.cssSelector("a[href='/console/logout']")).click();
            browser.until("the signed-out page", d -> browser.path().equals("/console/signed-out"));
            assertThat(browser.url()).startsWith(stack.baseUrl());
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Du er logget ut");
            Axe.assertAccessible(browser, "the signed-out page");

            browser.go("/console").awaitLoginPage();
            assertThat(browser.driver().getPageSource()).doesNotContain("Velkommen");
        }
    }

    /**
     * The realm's session lifespan ({@code ssoSessionMaxLifespan}) and token lifespan are shortened through
     * Keycloak's admin API for this test (and restored after): a session started now ends 30 s later, its tokens
     * expire after 10 s. Once the session's lifespan has passed, the next page of the console cannot refresh its
     * tokens (Keycloak refuses: the session is over) and Keycloak has no session to sign in silently with, so it
     * shows its login page; signing in again leads back to the console.
     */
    @Test
    void a_session_that_has_expired_asks_to_sign_in_again() {
        ObjectNode realm = stack.admin().realm();
        int sessionLifespan = realm.path("ssoSessionMaxLifespan").asInt();
        int tokenLifespan = realm.path("accessTokenLifespan").asInt();
        stack.admin().updateRealm(Map.of("ssoSessionMaxLifespan", SHORT_SESSION_SECONDS,
                "accessTokenLifespan", SHORT_TOKEN_SECONDS));
        try (ConsoleBrowser browser = ConsoleBrowser.open(stack)) {
            browser.signInAt("/console", "nina.nurse");
            Instant ends = Instant.now().plusSeconds(SHORT_SESSION_SECONDS + 1);
            assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Velkommen");
            assertThat(stack.admin().sessionCount("nina.nurse")).as("nina's Keycloak sessions").isPositive();

            // waits on the clock, not on the page: any page opened now would keep nothing alive, but none is opened
            browser.until("the session's lifespan to pass (" + ends + ")", d -> Instant.now().isAfter(ends));

            browser.go("/console").awaitLoginPage();
            assertThat(browser.driver().getPageSource()).doesNotContain("Velkommen");
            browser.signIn("nina.nurse", "demo");
            assertThat(browser.path()).isEqualTo("/console");
            assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Velkommen");
        } finally {
            stack.admin().updateRealm(Map.of("ssoSessionMaxLifespan", sessionLifespan,
                    "accessTokenLifespan", tokenLifespan));
        }
    }

    /** Whether an inline script added to the page runs (the console's CSP, script-src 'self', must block it). */
    static boolean inlineScriptRuns(ConsoleBrowser browser) {
        browser.js().executeScript("""
                const s = document.createElement('script');
                s.textContent = 'window.inlineScriptRan = true;';
                document.head.appendChild(s);""");
        return Boolean.TRUE.equals(browser.js().executeScript("return window.inlineScriptRan === true;"));
    }
}
