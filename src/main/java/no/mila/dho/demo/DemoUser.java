package no.mila.dho.demo;

import java.util.Optional;

/**
 * The demo users of realm dho (fixed in {@code keycloak/dho-realm.json}, password "demo"): the demo data is entered
 * by them, as they would enter it through the API, so that every trail names a person of the local run.
 */
enum DemoUser {

    NORA("5a0c4b1e-0000-4000-8000-000000000001", "nora.nurse", "Nora Sykepleier", "nurse", "9100001", null),
    KARI_COORDINATOR("5a0c4b1e-0000-4000-8000-000000000002", "kari.coordinator", "Kari Koordinator", "coordinator",
            null, "3209"),
    NILS_COORDINATOR("5a0c4b1e-0000-4000-8000-000000000003", "nils.coordinator", "Nils Koordinator", "coordinator",
            null, "3228"),
    LARS("5a0c4b1e-0000-4000-8000-000000000004", "lars.physician", "Lars Fastlege", "physician", "9200001", null),
    SIRI("5a0c4b1e-0000-4000-8000-000000000005", "siri.specialist", "Siri Lungelege", "physician", "9200002", null),
    ADA("5a0c4b1e-0000-4000-8000-000000000007", "ada.admin", "Ada Admin", "admin", null, null),
    TARA("5a0c4b1e-0000-4000-8000-000000000008", "tara.teamleader", "Tara Teamleder", "team-leader", null, null);

    final String subject;
    final String username;
    final String displayName;
    final String role;
    private final String hpr;
    private final String municipality;

    DemoUser(String subject, String username, String displayName, String role, String hpr, String municipality) {
        this.subject = subject;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.hpr = hpr;
        this.municipality = municipality;
    }

    Optional<String> hpr() {
        return Optional.ofNullable(hpr);
    }

    Optional<String> municipality() {
        return Optional.ofNullable(municipality);
    }

    /** The coordinator of a demo municipality (they see the registrations of their own municipality only). */
    static DemoUser coordinatorOf(String municipality) {
        for (DemoUser user : values()) {
            if (user.municipality().filter(municipality::equals).isPresent()) {
                return user;
            }
        }
        throw new IllegalArgumentException("No demo coordinator for municipality " + municipality);
    }
}
