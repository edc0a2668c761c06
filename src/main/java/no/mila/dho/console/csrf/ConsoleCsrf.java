package no.mila.dho.console.csrf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The console's CSRF token (OWASP's HMAC-based token pattern): HMAC-SHA256 of the signed-in Keycloak session
 * (the ID token's {@code sid}, else its subject and {@code auth_time}) under {@code dho.console.csrf-key}. Every form
 * carries it ({@code templates/console/csrf.html}); {@link CsrfCheck} verifies it on every state-changing request.
 * A page of another origin cannot read it, a new sign-in makes a new one, and nothing is kept on the server.
 *
 * <p>Not quarkus-rest-csrf: its filter runs on every REST request, and it answers 400 to the JSON API's body-less
 * form-typed POSTs; the API (bearer tokens, no cookies) needs no CSRF protection, the console's forms do.
 */
@RequestScoped
@Named("csrf")
public class ConsoleCsrf {

    /** The form field that carries the token. */
    public static final String FIELD = "csrf-token";

    private final JsonWebToken idToken;
    private final byte[] key;

    public ConsoleCsrf(JsonWebToken idToken, @ConfigProperty(name = "dho.console.csrf-key") String key) {
        if (key.length() < 32) {
            throw new IllegalStateException("dho.console.csrf-key must have at least 32 characters");
        }
        this.idToken = idToken;
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    public String getParameterName() {
        return FIELD;
    }

    /** The token for the current session. */
    public String getToken() {
        return tokenFor(sessionBinding());
    }

    /** Whether {@code candidate} is the current session's token (compared in constant time). */
    public boolean matches(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(getToken().getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    private String sessionBinding() {
        Object sid = idToken.getClaim("sid");
        if (sid != null && !sid.toString().isBlank()) {
            return "sid:" + sid;
        }
        Object authTime = idToken.getClaim("auth_time");
        return "sub:" + idToken.getSubject() + ":" + authTime;
    }

    String tokenFor(String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(("dho-console-csrf:" + binding).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
