package no.mila.dho.ops.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a {@code .dockerignore} as Docker applies them: a pattern matches a path or one of its parent
 * directories ({@code *} within one path segment, {@code **} across segments), {@code !} lets a path in again, and
 * the last matching rule decides.
 */
final class DockerIgnore {

    private record Rule(Pattern pattern, boolean exclude) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    static DockerIgnore read(Path file) {
        try {
            return new DockerIgnore(Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.startsWith("!") ? new Rule(regex(l.substring(1)), false) : new Rule(regex(l), true))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code path} (relative to the build context, with /) goes into the build context. */
    boolean keeps(String path) {
        boolean kept = true;
        for (Rule rule : rules) {
            if (matchesItselfOrParent(rule.pattern(), path)) {
                kept = !rule.exclude();
            }
        }
        return kept;
    }

    private static boolean matchesItselfOrParent(Pattern pattern, String path) {
        String candidate = path;
        while (true) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }

    private static Pattern regex(String glob) {
        String g = glob.replaceAll("^/+", "").replaceAll("/+$", "");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char ch = g.charAt(i);
            if (ch == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (ch == '*') {
                regex.append("[^/]*");
            } else if (ch == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
