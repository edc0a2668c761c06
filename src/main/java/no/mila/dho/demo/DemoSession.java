package no.mila.dho.demo;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Runs a piece of the demo data as one of the {@link DemoUser}s: in a request context of its own whose caller is
 * that user, with the claims their access token would carry (subject, name, HPR number, municipality) and their
 * realm role. So the demo goes through the same commands, access policy and clinical rules as the API; nothing
 * here is reachable over HTTP, and it refuses to run unless demo data is enabled. The token is signed with a key
 * made up at start and never shown: it is how the OIDC extension hands the claims to {@code CurrentUser}, not a
 * credential anybody could present.
 */
@ApplicationScoped
class DemoSession {

    private final boolean enabled;
    private final CurrentIdentityAssociation identity;
    private final HmacKey key;
    private final ThreadLocal<DemoUser> acting = new ThreadLocal<>();

    DemoSession(@ConfigProperty(name = "dho.demo-data.enabled", defaultValue = "false") boolean enabled,
                CurrentIdentityAssociation identity) {
        this.enabled = enabled;
        this.identity = identity;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new HmacKey(secret);
    }

    /**
     * {@code work}'s result, computed with {@code user} as the caller. Not nested; a request context already active
     * (the start-up's) is set aside meanwhile and then restored as it was.
     */
    <T> T as(DemoUser user, Supplier<T> work) {
        if (!enabled) {
            throw new IllegalStateException("Demo data is not enabled (dho.demo-data.enabled)");
        }
        if (acting.get() != null) {
            throw new IllegalStateException("Demo data is entered by one demo user at a time, not " + user
                    + " within " + acting.get());
        }
        ManagedContext request = Arc.container().requestContext();
        InjectableContext.ContextState outer = request.isActive() ? request.getState() : null;
        if (outer != null) {
            request.deactivate();
        }
        acting.set(user);
        request.activate();
        try {
            identity.setIdentity(identityOf(user));
            return work.get();
        } finally {
            request.terminate();
            acting.remove();
            if (outer != null) {
                request.activate(outer);
            }
        }
    }

    void run(DemoUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    private SecurityIdentity identityOf(DemoUser user) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(user.subject);
        claims.setClaim("name", user.displayName);
        claims.setClaim("preferred_username", user.username);
        user.hpr().ifPresent(hpr -> claims.setClaim("hpr", hpr));
        user.municipality().ifPresent(municipality -> claims.setClaim("municipality", municipality));
        JsonWebSignature token = new JsonWebSignature();
        token.setPayload(claims.toJson());
        token.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        token.setKey(key);
        try {
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user.subject))
                    .addRole(user.role).addCredential(new AccessTokenCredential(token.getCompactSerialization()))
                    .build();
        } catch (JoseException e) {
            throw new IllegalStateException("The demo user's token could not be made", e);
        }
    }
}
