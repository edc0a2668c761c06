package no.mila.dho.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the validated access token: subject, display name, realm roles, and the
 * claims {@code hpr} (HPR number of physicians and nurses), {@code municipality} (of coordinators),
 * {@code hospital} (of a hospital's machine client), {@code department} (of a hospital specialist) and {@code scope}.
 */
@RequestScoped
public class CurrentUser {

    static final String CLAIM_HPR = "hpr";
    static final String CLAIM_MUNICIPALITY = "municipality";
    static final String CLAIM_HOSPITAL = "hospital";
    static final String CLAIM_SCOPE = "scope";
    static final String CLAIM_DEPARTMENT = "department";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        return token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
    }

    /** The person's name for trails and logs: {@code name}, else {@code preferred_username}, else the subject. */
    public String displayName() {
        String name = token.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String username = token.getClaim("preferred_username");
        return username != null ? username : subject();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The role this person acts in for trails and logs, when the token carries several. */
    public String primaryRole() {
        return PrimaryRole.of(identity.getRoles()).orElse("unknown");
    }

    public Optional<String> hpr() {
        return claim(CLAIM_HPR);
    }

    public Optional<String> municipality() {
        return claim(CLAIM_MUNICIPALITY);
    }

    /** The hospital a machine client speaks for (claim {@code hospital}, e.g. {@code AHUS}). */
    public Optional<String> hospital() {
        return claim(CLAIM_HOSPITAL);
    }

    /**
     * The hospital department a specialist works in (claim {@code department}, a department code such as
     * {@code AHUS_LUNG}): they see the patients brought up for that department's weekly meeting.
     */
    public Optional<String> department() {
        return claim(CLAIM_DEPARTMENT);
    }

    /** The token's scopes (claim {@code scope}, space-separated), e.g. the SMART scope {@code system/*.rs}. */
    public Set<String> scopes() {
        return claim(CLAIM_SCOPE).map(s -> Set.of(s.trim().split("\\s+"))).orElse(Set.of());
    }

    private Optional<String> claim(String name) {
        return claim(token, name);
    }

    /** A claim of {@code token} as text; empty when absent or blank. */
    public static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().replace("\"", "").trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
