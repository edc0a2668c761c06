package no.mila.dho.survey.domain;

/**
 * The cleaning of a patient's free text: control characters go (line feed and tab stay; a carriage return, the
 * DEL and the C1 controls and the other invisible format characters such as zero-width spaces and direction marks
 * are removed), the ends are trimmed, and what is left may be at most {@link #MAX_LENGTH} characters.
 */
public final class FreeText {

    /** Characters (code points) a free-text answer may have after cleaning. */
    public static final int MAX_LENGTH = 2000;

    private FreeText() {
    }

    /** The text without control and format characters (line feed and tab kept), trimmed. */
    public static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(FreeText::kept).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    public static boolean tooLong(String cleaned) {
        return cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH;
    }

    private static boolean kept(int c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }
}
