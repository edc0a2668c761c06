package no.mila.dho.architecture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every table or view a main source file names: in the SQL of its string literals and text blocks, and in its
 * entity mappings ({@code @Table}, {@code @CollectionTable}, {@code @JoinTable}, {@code @SecondaryTable}).
 * Names that are no table or view of the migrations (CTE names, JPQL entity names, words) are left out.
 */
final class SqlUses {

    enum How { READS, WRITES, MAPS }

    /** One use: {@code source} names {@code table} on {@code line}. */
    record Use(MainSources.Source source, int line, String table, How how) {

        @Override
        public String toString() {
            return source.shortName() + ":" + line + " " + how.name().toLowerCase(Locale.ROOT) + " " + table;
        }
    }

    private static final Pattern MAPPING = Pattern.compile(
            "@(?:Table|CollectionTable|JoinTable|SecondaryTable)\\s*\\(([^)]*)\\)");
    private static final Pattern MAPPED_NAME = Pattern.compile("\\bname\\s*=\\s*\"(\\w+)\"");

    private SqlUses() {
    }

    /** The uses of {@code known} tables and views in all main sources (Java migrations, if any, excepted). */
    static List<Use> of(List<MainSources.Source> sources, Set<String> known) {
        List<Use> uses = new ArrayList<>();
        for (MainSources.Source source : sources) {
            if (!source.className().contains(".db.migration.")) {
                uses.addAll(in(source, known));
            }
        }
        return uses;
    }

    static List<Use> in(MainSources.Source source, Set<String> known) {
        Set<Use> uses = new LinkedHashSet<>();
        for (JavaStrings.Literal literal : JavaStrings.of(source.text())) {
            for (SqlNames.Name name : SqlNames.in(literal.text())) {
                if (known.contains(name.table())) {
                    How how = name.use() == SqlNames.Use.WRITE ? How.WRITES : How.READS;
                    uses.add(new Use(source, literal.line(), name.table(), how));
                }
            }
        }
        Matcher mapping = MAPPING.matcher(source.text());
        while (mapping.find()) {
            Matcher name = MAPPED_NAME.matcher(mapping.group(1));
            String table = name.find() ? name.group(1).toLowerCase(Locale.ROOT) : null;
            if (table != null && known.contains(table)) {
                uses.add(new Use(source, lineAt(source.text(), mapping.start()), table, How.MAPS));
            }
        }
        return List.copyOf(uses);
    }

    private static int lineAt(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
