package no.mila.dho.shared.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The role a person acted in, for trails and logs, when a token carries several. */
public final class PrimaryRole {

    private static final List<String> PRECEDENCE = List.of(Roles.PHYSICIAN, Roles.NURSE, Roles.TEAM_LEADER, Roles.COORDINATOR,
            Roles.COUNCIL, Roles.ADMIN, Roles.PATIENT, Roles.FHIR_CLIENT);

    private PrimaryRole() {
    }

    public static Optional<String> of(Set<String> roles) {
        return PRECEDENCE.stream().filter(roles::contains).findFirst();
    }
}
