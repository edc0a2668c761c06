package no.mila.dho.patient.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who asks for a patient's data: their roles, login subject, HPR number and municipality, and for a hospital's
 * machine client the hospital it speaks for (token claim {@code hospital}).
 */
public record Actor(String subject, Set<String> roles, Optional<String> hpr, Optional<String> municipality,
                    Optional<String> hospital) {

    /** A person (no hospital). */
    public Actor(String subject, Set<String> roles, Optional<String> hpr, Optional<String> municipality) {
        this(subject, roles, hpr, municipality, Optional.empty());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A coordinator without a wider role: limited to their own municipality. */
    public boolean actsOnlyAsCoordinator() {
        return has(AccessPolicy.COORDINATOR) && !has(AccessPolicy.NURSE);
    }
}
