package no.mila.dho.architecture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a piece of SQL names, and whether it reads or writes them: every name after {@code FROM},
 * {@code JOIN}, {@code USING}, {@code INTO}, {@code UPDATE}, {@code DELETE FROM} and {@code ... TABLE}, except
 * the names the statement gives itself ({@code WITH r AS (...)}, {@code unnest(...) AS x(...)}, aliases),
 * functions, qualified column paths ({@code e.patient}), and the keywords of {@code FOR UPDATE},
 * {@code ON CONFLICT ... DO UPDATE} and {@code IS DISTINCT FROM}. SQL comments and quoted texts are ignored.
 * JPQL names entities, not tables, so it yields names that are no table (and the tests ignore them).
 */
final class SqlNames {

    enum Use { READ, WRITE }

    /** A table (or view) named by the SQL, in lower case. */
    record Name(String table, Use use) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "[A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)*|[:?]\\w*|\\d+(?:\\.\\d+)?|\\S");
    private static final Pattern NOISE = Pattern.compile("--[^\\n]*|/\\*.*?\\*/|'(?:[^']|'')*'", Pattern.DOTALL);
    private static final Set<String> NOT_A_NAME = Set.of("WHERE", "JOIN", "LEFT", "RIGHT", "INNER", "OUTER", "FULL",
            "CROSS", "NATURAL", "ON", "USING", "GROUP", "ORDER", "LIMIT", "OFFSET", "UNION", "EXCEPT", "INTERSECT",
            "HAVING", "WINDOW", "FOR", "SET", "VALUES", "SELECT", "RETURNING", "DEFAULT", "FETCH", "WITH", "AND",
            "OR", "NOT", "LATERAL", "ONLY", "AS", "DO", "TABLESAMPLE", "SKIP", "CASE", "WHEN", "THEN", "ELSE", "END",
            "IS", "IN", "IF", "EXISTS", "TABLE", "FROM", "INTO", "UPDATE");
    private static final Set<String> WRITING_TABLE = Set.of("TRUNCATE", "LOCK", "ALTER", "DROP", "CREATE");

    private final List<String> tokens = new ArrayList<>();
    private final Set<String> ownNames = new HashSet<>();
    private final List<Name> names = new ArrayList<>();

    private SqlNames(String sql) {
        Matcher m = TOKEN.matcher(NOISE.matcher(sql.replaceAll("\"(\\w+)\"", "$1")).replaceAll(" ''"));
        while (m.find()) {
            tokens.add(m.group());
        }
    }

    static List<Name> in(String sql) {
        SqlNames scan = new SqlNames(sql);
        scan.collectOwnNames();
        scan.collectNames();
        return scan.names;
    }

    /** The names of common table expressions: {@code WITH name [(cols)] AS (} and {@code ), name AS (}. */
    private void collectOwnNames() {
        for (int i = 1; i < tokens.size(); i++) {
            boolean opens = is(i - 1, "WITH") || is(i - 1, "RECURSIVE") || (is(i - 1, ",") && is(i - 2, ")"));
            int as = is(i + 1, "(") ? closing(i + 1) + 1 : i + 1;
            int body = as + 1;
            while (is(body, "NOT") || is(body, "MATERIALIZED")) {
                body++;
            }
            if (opens && isWord(i) && is(as, "AS") && is(body, "(")) {
                ownNames.add(tokens.get(i).toLowerCase(Locale.ROOT));
            }
        }
    }

    private void collectNames() {
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).toUpperCase(Locale.ROOT);
            switch (t) {
                case "FROM" -> {
                    if (!is(i - 1, "DISTINCT")) {
                        items(i + 1, is(i - 1, "DELETE") ? Use.WRITE : Use.READ, !is(i - 1, "DELETE"));
                    }
                }
                case "JOIN", "USING" -> items(i + 1, Use.READ, false);
                case "INTO" -> items(i + 1, Use.WRITE, false);
                case "UPDATE" -> {
                    if (!is(i - 1, "FOR") && !is(i - 1, "DO") && !is(i - 1, "KEY")) {
                        items(i + 1, Use.WRITE, false);
                    }
                }
                case "TABLE" -> {
                    if (i > 0 && WRITING_TABLE.contains(tokens.get(i - 1).toUpperCase(Locale.ROOT))) {
                        items(i + 1, Use.WRITE, true);
                    }
                }
                default -> { }
            }
        }
    }

    /**
     * The table list after a keyword: {@code name [AS] [alias [(cols)]]}, commas if a list. Where tables are read,
     * {@code name(...)} is a function ({@code unnest}); where written, {@code (...)} is the column list.
     */
    private void items(int j, Use use, boolean list) {
        while (true) {
            while (is(j, "LATERAL") || is(j, "ONLY") || is(j, "IF") || is(j, "NOT") || is(j, "EXISTS")) {
                j++;
            }
            if (!isWord(j)) {
                return;
            }
            if (use == Use.READ && is(j + 1, "(")) {
                j = closing(j + 1) + 1;
            } else {
                name(tokens.get(j), use);
                j++;
            }
            if (is(j, "AS")) {
                j++;
            }
            if (isWord(j)) {
                j++;
                if (is(j, "(")) {
                    j = closing(j) + 1;
                }
            }
            if (!list || !is(j, ",")) {
                return;
            }
            j++;
        }
    }

    private void name(String token, Use use) {
        String name = token.toLowerCase(Locale.ROOT);
        if (name.startsWith("public.")) {
            name = name.substring("public.".length());
        }
        if (!name.contains(".") && !ownNames.contains(name)) {
            names.add(new Name(name, use));
        }
    }

    private boolean isWord(int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        String t = tokens.get(i);
        return (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_')
                && !NOT_A_NAME.contains(t.toUpperCase(Locale.ROOT));
    }

    private boolean is(int i, String token) {
        return i >= 0 && i < tokens.size() && tokens.get(i).equalsIgnoreCase(token);
    }

    /** The index of the parenthesis closing the one at {@code open} (or the end). */
    private int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            depth += is(i, "(") ? 1 : is(i, ")") ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }
}
