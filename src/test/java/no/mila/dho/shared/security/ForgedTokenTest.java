package no.mila.dho.shared.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Forged tokens are refused locally: no call to the identity provider per token, and no ERROR line per token,
 * so that an unauthenticated caller can neither drive traffic to Keycloak nor fill the log.
 */
@QuarkusTest
class ForgedTokenTest {

    private static final int ATTEMPTS = 5;

    @OidcWireMock
    WireMockServer keycloak;

    private static String claims() {
        long now = System.currentTimeMillis() / 1000;
        return "{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE + "\",\"sub\":\"forger\",\"iat\":" + now
                + ",\"exp\":" + (now + 600) + ",\"realm_access\":{\"roles\":[\"admin\"]}}";
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String unsigned() {
        return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(claims()) + ".";
    }

    private static String signedWithAnUnknownKey(String kid) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey key = generator.generateKeyPair().getPrivate();
        return Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("forger")
                .claim("realm_access", Map.of("roles", List.of("admin"))).expiresIn(Duration.ofMinutes(10))
                .jws().keyId(kid).sign(key);
    }

    private static void assertRefused(String token) {
        given().auth().oauth2(token).when().get("/api/municipalities")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:dho:problem:unauthorized"));
    }

    /** Runs the calls and returns the log records of WARN and above that they caused. */
    private static List<LogRecord> logged(ThrowingRunnable calls) throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (records) {
                        records.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            calls.run();
        } finally {
            root.removeHandler(handler);
        }
        return records;
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private int callsToKeycloak() {
        return keycloak.findAll(WireMock.anyRequestedFor(WireMock.anyUrl())).size();
    }

    @Test
    void unsigned_tokens_are_refused_without_calling_keycloak_or_logging_errors() throws Exception {
        keycloak.resetRequests();
        List<LogRecord> records = logged(() -> {
            for (int i = 0; i < ATTEMPTS; i++) {
                assertRefused(unsigned());
            }
        });
        assertThat(callsToKeycloak()).isZero();
        assertThat(records).noneMatch(r -> r.getLevel().intValue() > Level.WARNING.intValue());
        assertThat(records).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void tokens_with_unknown_key_ids_fetch_the_key_set_at_most_once_and_log_no_errors() throws Exception {
        keycloak.resetRequests();
        List<LogRecord> records = logged(() -> {
            for (int i = 0; i < ATTEMPTS; i++) {
                assertRefused(signedWithAnUnknownKey("forged-" + i));
            }
        });
        assertThat(callsToKeycloak()).isLessThanOrEqualTo(1);
        assertThat(records).noneMatch(r -> r.getLevel().intValue() > Level.WARNING.intValue());
        assertThat(records).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void a_valid_token_is_still_accepted() {
        given().auth().oauth2(Tokens.nurse()).when().get("/api/municipalities").then().statusCode(200);
    }
}
