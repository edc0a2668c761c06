package no.mila.dho.collaboration.domain;

import java.util.Map;
import java.util.Objects;

/**
 * The patient as an outgoing message names them: only what identifies them to the recipient, the national identity
 * number and the name (minimal patient data: no address, no birth date, which the number holds).
 */
public record MessagePatient(String nationalId, String name) {

    public MessagePatient {
        Objects.requireNonNull(nationalId, "nationalId");
        Objects.requireNonNull(name, "name");
    }

    /** "Kari Nordmann (fødselsnummer 01018012345)". */
    String named() {
        return name + " (fødselsnummer " + nationalId + ")";
    }

    Map<String, Object> payload() {
        return Map.of("nationalId", nationalId, "name", name);
    }
}
