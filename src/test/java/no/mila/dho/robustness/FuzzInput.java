package no.mila.dho.robustness;

import java.nio.charset.StandardCharsets;

/**
 * One request body as bytes (null: no body at all) with its Content-Type (null: no header), and what was
 * done to it, short enough for a failure message.
 */
record FuzzInput(String kind, String description, byte[] body, String contentType) {

    static final String JSON = "application/json";

    static FuzzInput json(String kind, String description, String body) {
        return new FuzzInput(kind, description, body.getBytes(StandardCharsets.UTF_8), JSON);
    }

    /** The body as text, cut for a message. */
    String excerpt() {
        if (body == null) {
            return "(no body)";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + body.length + " bytes)";
    }

    @Override
    public String toString() {
        return kind + " [" + description + "] content-type=" + contentType + " body=" + excerpt();
    }
}
