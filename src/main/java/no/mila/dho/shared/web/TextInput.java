package no.mila.dho.shared.web;

/**
 * The rule for text the service accepts from callers: no C0 control character except tab, line feed and
 * carriage return. NUL in particular cannot be stored in PostgreSQL text, and the others have no place in a
 * name, a note or a parameter.
 */
public final class TextInput {

    public static final String REFUSED = "must not contain control characters (tab, line feed and carriage return are allowed)";

    private TextInput() {
    }

    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
