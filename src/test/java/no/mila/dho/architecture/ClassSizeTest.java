package no.mila.dho.architecture;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No class in {@code src/main/java} is longer than 150 lines (as {@code wc -l} counts them: imports and javadoc
 * included), unless its class javadoc says why: {@code Larger than 150 lines because ...}. Split by
 * responsibility (one query class per read model, one command class per group of commands).
 */
class ClassSizeTest {

    static final int MAX_LINES = 150;
    static final String REASON = "Larger than 150 lines because";

    @Test
    void no_class_is_over_150_lines_without_a_stated_reason() {
        List<String> violations = MainSources.all().stream()
                .filter(s -> s.lines() > MAX_LINES && !classJavadoc(s).contains(REASON))
                .map(s -> s.shortName() + ": " + s.lines() + " lines").toList();
        SqlOwnershipTest.assertNone("Classes over " + MAX_LINES + " lines without '" + REASON + " ...' in their javadoc",
                violations);
    }

    /** The javadoc directly above the file's top-level type (annotations between them allowed), or "". */
    static String classJavadoc(MainSources.Source source) {
        String simpleName = source.className().substring(source.className().lastIndexOf('.') + 1);
        Matcher declaration = Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+"
                + Pattern.quote(simpleName) + "\\b").matcher(source.text());
        if (!declaration.find()) {
            return "";
        }
        String before = source.text().substring(0, declaration.start());
        int end = before.lastIndexOf("*/");
        int start = before.lastIndexOf("/**", end);
        if (end < 0 || start < 0 || before.substring(end).contains(";")) {
            return "";
        }
        return before.substring(start, end);
    }
}
