package no.mila.dho.patient.domain;

import java.util.Optional;
import java.util.Set;

/** Who asks for a patient's data: their roles, login subject, HPR number and municipality. */
public record Actor(String subject, Set<String> roles, Optional<String> hpr, Optional<String> municipality) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A coordinator without a wider role: limited to their own municipality. */
    public boolean actsOnlyAsCoordinator() {
        return has(AccessPolicy.COORDINATOR) && !has(AccessPolicy.NURSE);
    }
}
