package no.mila.dho.console;

import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.shared.security.Roles;

/** Words every console page uses in the same way, in Norwegian (bokmål). */
public final class ConsoleWords {

    private ConsoleWords() {
    }

    /** A role of the realm in Norwegian, lower case ({@code sykepleier}); "" for none; an unknown role as it is. */
    public static String role(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case Roles.NURSE -> "sykepleier";
            case Roles.PHYSICIAN -> "lege";
            case Roles.COORDINATOR -> "koordinator";
            case Roles.TEAM_LEADER -> "teamleder";
            case Roles.COUNCIL -> "samarbeidsråd";
            case Roles.ADMIN -> "administrator";
            case Roles.PATIENT -> "pasient";
            case Roles.FHIR_CLIENT -> "sykehussystem";
            default -> role;
        };
    }

    /** A device the service hands out, in Norwegian, capitalised as a label ({@code Pulsoksymeter}). */
    public static String equipment(EquipmentType type) {
        String name = type.nameNb();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
