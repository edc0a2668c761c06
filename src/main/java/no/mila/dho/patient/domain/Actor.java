package no.mila.dho.patient.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who asks for a patient's data: their roles, login subject, HPR number and municipality, for a hospital's
 * machine client the hospital it speaks for (token claim {@code hospital}), and for a hospital specialist their
 * department (token claim {@code department}).
 */
public record Actor(String subject, Set<String> roles, Optional<String> hpr, Optional<String> municipality,
                    Optional<String> hospital, Optional<String> department) {

    /** A person (no hospital, no department). */
    public Actor(String subject, Set<String> roles, Optional<String> hpr, Optional<String> municipality) {
        this(subject, roles, hpr, municipality, Optional.empty(), Optional.empty());
    }

    /** A person or a hospital's machine client, without a department. */
    public Actor(String subject, Set<String> roles, Optional<String> hpr, Optional<String> municipality,
                 Optional<String> hospital) {
        this(subject, roles, hpr, municipality, hospital, Optional.empty());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A coordinator without a wider role: limited to their own municipality. */
    public boolean actsOnlyAsCoordinator() {
        return has(AccessPolicy.COORDINATOR) && !has(AccessPolicy.NURSE);
    }

    /** A physician with a department: a hospital specialist, who sees their department's meeting list. */
    public boolean isSpecialist() {
        return has(AccessPolicy.PHYSICIAN) && department.isPresent();
    }
}
