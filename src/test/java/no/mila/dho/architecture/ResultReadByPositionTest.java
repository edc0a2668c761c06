package no.mila.dho.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No query result is read by position (ADR 0009): Hibernate native queries return {@code Tuple}s read by alias
 * and mapped once into a record, JDBC result sets are read by column label. Flags, in {@code src/main/java}:
 * a cast of an indexed element ({@code (String) r[3]}), any {@code r[0]} in a file that handles {@code Object[]}
 * rows, {@code ResultSet.getString(1)}-style reads and {@code tuple.get(0, Type.class)}.
 */
class ResultReadByPositionTest {

    private static final Pattern CAST_OF_INDEXED = Pattern.compile(
            "\\(\\s*[A-Z][\\w.]*(?:\\[])?\\s*\\)\\s*[a-z]\\w*\\[\\d+]");
    private static final Pattern INDEXED = Pattern.compile("(?<!new )\\b[a-z]\\w*\\[\\d+]");
    private static final Pattern JDBC_BY_INDEX = Pattern.compile("\\.get(?:String|Object|BigDecimal|Int|Long|Boolean"
            + "|Timestamp|Date|Time|Double|Float|Short|Byte|Bytes|Array|Blob|Clob|NString|URL)\\(\\s*\\d");
    private static final Pattern TUPLE_BY_INDEX = Pattern.compile("\\.get\\(\\s*\\d+\\s*,\\s*[\\w.]+\\.class\\s*\\)");

    @Test
    void no_query_result_is_read_by_position() {
        List<String> violations = new ArrayList<>();
        for (MainSources.Source source : MainSources.all()) {
            boolean handlesRows = source.text().contains("Object[]");
            List<String> lines = source.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).replaceAll("//.*", "").strip();
                if (code.startsWith("*") || code.startsWith("/*")) {
                    continue;
                }
                if (CAST_OF_INDEXED.matcher(code).find() || handlesRows && INDEXED.matcher(code).find()
                        || JDBC_BY_INDEX.matcher(code).find() || TUPLE_BY_INDEX.matcher(code).find()) {
                    violations.add(source.shortName() + ":" + (i + 1) + ": " + code);
                }
            }
        }
        SqlOwnershipTest.assertNone("Query results read by position (use Tuple aliases or column labels, ADR 0009)",
                violations);
    }
}
