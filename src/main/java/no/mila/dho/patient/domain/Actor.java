package no.mila.dho.patient.domain;

import java.util.Optional;
import java.util.Set;

/** Who asks for a patient's data: their roles, login subject, HPR number and municipality. */
public record Actor(String subject, Set<String> roles, Optional<String> hpr, Optional<String> municipality) {

    public boolean has(String role) {
        return roles.contains(role);
    }
}
