package no.mila.dho.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer must be, whatever was sent: never a 5xx, a 4xx always as problem+json, and no body with a
 * stack trace, a Java class name or SQL text (unless the caller sent that very text, which may be echoed).
 */
final class ResponseRules {

    static final List<String> LEAKS = List.of("at no.mila", "Exception", "org.hibernate", "java.lang", "SELECT ",
            "INSERT ", "syntax error", "violates", "\tat ");
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|io|no\\.mila)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]*[A-Z][A-Za-z0-9_$]*");

    private ResponseRules() {
    }

    /** The broken rules, empty when the answer is acceptable. */
    static List<String> broken(int status, String contentType, String body, byte[] sent) {
        List<String> broken = new ArrayList<>();
        String request = sent == null ? "" : new String(sent, StandardCharsets.UTF_8);
        if (status >= 500) {
            broken.add("status " + status);
        }
        if (status >= 400 && (contentType == null || !contentType.startsWith("application/problem+json"))) {
            broken.add("content type " + contentType + " instead of application/problem+json");
        }
        for (String leak : LEAKS) {
            if (body.contains(leak) && !request.contains(leak)) {
                broken.add("body contains \"" + leak.strip() + "\"");
            }
        }
        Matcher className = CLASS_NAME.matcher(body);
        if (className.find() && !request.contains(className.group())) {
            broken.add("body names the class " + className.group());
        }
        return broken;
    }

    static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 240 ? flat : flat.substring(0, 240) + "...";
    }
}
