package no.mila.dho.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens shaped like Keycloak's (roles in {@code realm_access.roles}, claims {@code hpr} and
 * {@code municipality}, audience {@code dho-backend}), accepted by the application under test.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "dho-backend";

    private Tokens() {
    }

    public static String nurse() {
        return token("nurse-1", "Nora Sykepleier", "nurse", Map.of("hpr", "9100001"));
    }

    /** Another nurse of the follow-up service (a second person for four-eyes steps). */
    public static String nurse(String subject) {
        return token(subject, "Sykepleier " + subject, "nurse", Map.of("hpr", "91" + Math.abs(subject.hashCode() % 100000)));
    }

    public static String physician(String hpr) {
        return token("physician-" + hpr, "Lege " + hpr, "physician", Map.of("hpr", hpr));
    }

    /** A hospital specialist: a physician with a department (claim {@code department}, e.g. AHUS_LUNG). */
    public static String specialist(String hpr, String department) {
        return token("specialist-" + hpr, "Spesialist " + hpr, "physician", Map.of("hpr", hpr, "department", department));
    }

    public static String coordinator(String municipality) {
        return token("coordinator-" + municipality, "Koordinator " + municipality, "coordinator",
                Map.of("municipality", municipality));
    }

    public static String patient(String subject) {
        return token(subject, "Pasient " + subject, "patient", Map.of());
    }

    public static String admin() {
        return token("admin-1", "Ada Admin", "admin", Map.of());
    }

    /** The team leader of the follow-up service (reassigns worklist items; not a nurse). */
    public static String teamLeader() {
        return token("team-leader-1", "Tara Teamleder", "team-leader", Map.of());
    }

    /** A member of the operations council (driftsrådet): reads the economics and evaluation reports. */
    public static String council() {
        return token("council-1", "Dina Driftsråd", "council", Map.of());
    }

    public static String forRole(String role) {
        return switch (role) {
            case "nurse" -> nurse();
            case "physician" -> physician("9200001");
            case "coordinator" -> coordinator("3209");
            case "patient" -> patient("patient-" + UUID.randomUUID());
            case "admin" -> admin();
            case "team-leader" -> teamLeader();
            case "council" -> council();
            default -> token("client-" + role, role, role, Map.of());
        };
    }

    public static String token(String subject, String name, String role, Map<String, String> claims) {
        return builder(subject, name, role, claims).expiresIn(Duration.ofMinutes(30)).sign();
    }

    public static String expired(String role) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return builder("expired", "Expired", role, Map.of()).issuedAt(past - 600).expiresAt(past).sign();
    }

    public static String withAudience(String role, String audience) {
        return builder("other-aud", "Other audience", role, Map.of()).audience(audience)
                .expiresIn(Duration.ofMinutes(30)).sign();
    }

    private static JwtClaimsBuilder builder(String subject, String name, String role, Map<String, String> claims) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .claim("preferred_username", subject)
                .claim("name", name)
                .claim("realm_access", Map.of("roles", List.of(role)));
        claims.forEach(builder::claim);
        return builder;
    }
}
