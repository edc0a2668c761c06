package no.mila.dho.robustness;

import java.util.List;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;

/**
 * A token per role of the document, shaped so that access by need lets the caller in to the fixture patient
 * where the role may see it at all: the coordinator of its municipality, its GP, the patient's own login.
 */
final class RoleTokens {

    /** Every role the service knows; {@code null} stands for no token. */
    static final List<String> ROLES = List.of("nurse", "coordinator", "physician", "admin", "patient", "fhir-client",
            "team-leader", "council");

    private RoleTokens() {
    }

    static String token(String role, String patientLogin) {
        return switch (role) {
            case "nurse" -> Tokens.nurse();
            case "coordinator" -> Tokens.coordinator("3209");
            case "physician" -> Tokens.physician(PatientFixtures.GP_HPR);
            case "patient" -> Tokens.patient(patientLogin);
            default -> Tokens.forRole(role);
        };
    }
}
