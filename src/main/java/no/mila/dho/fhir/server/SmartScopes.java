package no.mila.dho.fhir.server;

import java.util.Set;

/**
 * Whether a token's SMART on FHIR scopes allow one interaction with one resource type (SMART App Launch 2.x, with the
 * 1.x forms {@code read}, {@code write} and {@code *}). A scope is {@code <context>/<type or *>.<permissions>}:
 * context {@code system} (a machine client), {@code user} (a clinician) or {@code patient} (the patient's own data);
 * permissions a subset of {@code cruds} in that order. Scopes narrowed by a query ({@code ?category=...}) are not
 * honoured (they grant nothing): the server does not implement fine-grained scopes, and a scope it does not
 * understand must not widen access. Scopes come on top of the roles: they can only narrow what a role allows.
 */
public final class SmartScopes {

    /** The context of a scope, from who is calling. */
    public enum Context { SYSTEM, USER, PATIENT }

    /** What the caller does: read (and vread, history of one resource), search (and history of a type), create. */
    public enum Interaction {
        READ('r'), SEARCH('s'), CREATE('c');

        private final char letter;

        Interaction(char letter) {
            this.letter = letter;
        }
    }

    private static final String ORDER = "cruds";

    private SmartScopes() {
    }

    /** Whether any of {@code scopes} grants {@code interaction} on {@code resourceType} in {@code context}. */
    public static boolean allows(Set<String> scopes, Context context, String resourceType, Interaction interaction) {
        return scopes.stream().anyMatch(scope -> grants(scope, context, resourceType, interaction));
    }

    /** The scope a caller would need, for the error message: e.g. {@code system/Observation.rs}. */
    public static String needed(Context context, String resourceType, Interaction interaction) {
        String permissions = interaction == Interaction.CREATE ? "c" : "rs";
        return context.name().toLowerCase(java.util.Locale.ROOT) + "/" + resourceType + "." + permissions;
    }

    static boolean grants(String scope, Context context, String resourceType, Interaction interaction) {
        int slash = scope.indexOf('/');
        int dot = scope.lastIndexOf('.');
        if (slash <= 0 || dot < slash + 2 || scope.indexOf('?') >= 0) {
            return false;
        }
        String prefix = scope.substring(0, slash);
        String type = scope.substring(slash + 1, dot);
        String permissions = scope.substring(dot + 1);
        if (!prefix.equals(context.name().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (!type.equals("*") && !type.equals(resourceType)) {
            return false;
        }
        return permits(permissions, interaction);
    }

    private static boolean permits(String permissions, Interaction interaction) {
        switch (permissions) {
            case "*":
                return true;
            case "read":
                return interaction != Interaction.CREATE;
            case "write":
                return interaction == Interaction.CREATE;
            default:
                return inOrder(permissions) && permissions.indexOf(interaction.letter) >= 0;
        }
    }

    /** SMART 2: the letters are a non-empty subset of {@code cruds}, each once, in that order. */
    private static boolean inOrder(String permissions) {
        if (permissions.isEmpty()) {
            return false;
        }
        int last = -1;
        for (char c : permissions.toCharArray()) {
            int at = ORDER.indexOf(c);
            if (at <= last) {
                return false;
            }
            last = at;
        }
        return true;
    }
}
