package no.mila.dho.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file, as the SQL scans need them: ordinary literals and text blocks,
 * with literals joined by {@code +} (and nothing else between them) taken as one string. Comments and char
 * literals are skipped; escapes are kept as written except {@code \"}, which becomes {@code "}.
 */
final class JavaStrings {

    /** A string of the source and the line it starts on. */
    record Literal(int line, String text) {
    }

    private final String src;
    private int pos;

    private JavaStrings(String src) {
        this.src = src;
    }

    static List<Literal> of(String source) {
        return new JavaStrings(source).all();
    }

    private List<Literal> all() {
        List<Literal> literals = new ArrayList<>();
        while (pos < src.length()) {
            if (skipCommentOrChar()) {
                continue;
            }
            if (src.charAt(pos) == '"') {
                int line = lineAt(pos);
                StringBuilder text = new StringBuilder(readString());
                while (nextIsConcatenatedString()) {
                    text.append(readString());
                }
                literals.add(new Literal(line, text.toString()));
            } else {
                pos++;
            }
        }
        return literals;
    }

    /** Skips a comment or char literal at {@code pos}; false if there is none. */
    private boolean skipCommentOrChar() {
        if (src.startsWith("//", pos)) {
            int end = src.indexOf('\n', pos);
            pos = end < 0 ? src.length() : end;
        } else if (src.startsWith("/*", pos)) {
            int end = src.indexOf("*/", pos + 2);
            pos = end < 0 ? src.length() : end + 2;
        } else if (src.charAt(pos) == '\'') {
            pos++;
            while (pos < src.length() && src.charAt(pos) != '\'') {
                pos += src.charAt(pos) == '\\' ? 2 : 1;
            }
            pos++;
        } else {
            return false;
        }
        return true;
    }

    /** After a literal: is the next thing, past blanks and comments, {@code +} and then another literal? */
    private boolean nextIsConcatenatedString() {
        int save = pos;
        skipBlanks();
        if (pos < src.length() && src.charAt(pos) == '+') {
            pos++;
            skipBlanks();
            if (pos < src.length() && src.charAt(pos) == '"') {
                return true;
            }
        }
        pos = save;
        return false;
    }

    private void skipBlanks() {
        while (pos < src.length()) {
            if (Character.isWhitespace(src.charAt(pos))) {
                pos++;
            } else if (src.startsWith("//", pos) || src.startsWith("/*", pos)) {
                skipCommentOrChar();
            } else {
                return;
            }
        }
    }

    /** Reads the literal or text block starting at {@code pos} and returns its content. */
    private String readString() {
        boolean block = src.startsWith("\"\"\"", pos);
        String end = block ? "\"\"\"" : "\"";
        pos += end.length();
        StringBuilder text = new StringBuilder();
        while (pos < src.length() && !src.startsWith(end, pos)) {
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < src.length()) {
                char next = src.charAt(pos + 1);
                text.append(next == '"' ? "\"" : next == '\n' ? "" : next == 'n' || next == 't' ? " " : "\\" + next);
                pos += 2;
            } else if (!block && c == '\n') {
                break;
            } else {
                text.append(c);
                pos++;
            }
        }
        pos += end.length();
        return text.toString();
    }

    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
