package no.mila.dho.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core (from the npm registry: {@code src/test/browser/package.json}, pinned in its {@code package-lock.json},
 * installed by the build's {@code npm ci}) run on the page a browser shows. It is injected with WebDriver's
 * executeScript, which Chromium runs through the DevTools protocol outside the page's Content-Security-Policy: the
 * console's {@code script-src 'self'} forbids inline scripts to the page, not to the test driving it (ConsoleSignInIT
 * checks that the page's own CSP is still the console's while axe runs).
 *
 * <p>A page fails on any violation of impact {@code serious} or {@code critical} (WCAG 2.1 AA and best practices as
 * axe tags them); the message lists each one: rule id, impact, the elements (CSS selectors) and axe's help text.
 */
public final class Axe {

    static final Set<String> FAILING = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    private Axe() {
    }

    /** The violations of impact serious or critical on the page now shown; empty when it passes. */
    public static List<String> seriousViolations(ConsoleBrowser browser) {
        JsonNode violations = run(browser);
        List<String> lines = new ArrayList<>();
        for (JsonNode v : violations) {
            String impact = v.path("impact").asText();
            if (!FAILING.contains(impact)) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (JsonNode node : v.path("nodes")) {
                targets.add(node.path("target").toString());
            }
            lines.add(v.path("id").asText() + " (" + impact + ") on " + String.join(", ", targets) + ": "
                    + v.path("help").asText() + " " + v.path("helpUrl").asText());
        }
        return lines;
    }

    /** Fails when the page now shown has a serious or critical violation, listing them. */
    public static void assertAccessible(ConsoleBrowser browser, String page) {
        List<String> found = seriousViolations(browser);
        if (!found.isEmpty()) {
            throw new AssertionError("axe-core finds " + found.size() + " serious or critical violation(s) on " + page
                    + " (" + browser.url() + "):\n  " + String.join("\n  ", found));
        }
    }

    /** All of axe's violations (every impact) on the page now shown, as axe reports them. */
    static JsonNode run(ConsoleBrowser browser) {
        Object loaded = browser.js().executeScript("return typeof window.axe === 'object';");
        if (!Boolean.TRUE.equals(loaded)) {
            browser.js().executeScript(source());
        }
        Object answer = browser.js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {resultTypes: ['violations']})
                    .then(r => done(JSON.stringify(r.violations)))
                    .catch(e => done('axe failed: ' + e));""");
        String text = String.valueOf(answer);
        if (!text.startsWith("[")) {
            throw new IllegalStateException(text);
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String source() {
        if (source == null) {
            Path file = ConsoleStack.root().resolve("src/test/browser/node_modules/axe-core/axe.min.js");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("No " + file + ": the build installs it (npm ci in src/test/browser, "
                        + "phase pre-integration-test); or run it by hand: cd src/test/browser && npm ci");
            }
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
