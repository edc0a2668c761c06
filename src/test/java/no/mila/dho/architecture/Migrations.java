package no.mila.dho.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tables and views the Flyway migrations leave behind, read from {@code src/main/resources/db/migration}
 * in version order: {@code CREATE TABLE}, {@code CREATE [OR REPLACE] VIEW}, minus {@code DROP TABLE/VIEW}.
 * A view's publisher is the feature named in the {@code -- Published by the <feature> feature} comment
 * directly above it.
 */
final class Migrations {

    static final Path DIRECTORY = MainSources.PROJECT.resolve("src/main/resources/db/migration");

    /** A view: who publishes it (null without the comment), which tables it reads, where it is created. */
    record View(String name, String publisher, Set<String> reads, String file) {
    }

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
    private static final Pattern CREATE_VIEW = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW\\s+(\\w+)\\s+AS\\b([^;]*)");
    private static final Pattern DROP = Pattern.compile("(?i)\\bDROP\\s+(TABLE|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)");
    private static final Pattern PUBLISHED_BY = Pattern.compile("--\\s*Published by the (\\w+) feature");

    /** Table -> the migration file that creates it. */
    final Map<String, String> tables = new TreeMap<>();
    final Map<String, View> views = new LinkedHashMap<>();

    static Migrations read() {
        Migrations m = new Migrations();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql"))
                    .sorted(Comparator.comparing(Migrations::version)).toList()) {
                m.add(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private void add(String file, String sql) {
        Matcher t = CREATE_TABLE.matcher(sql);
        while (t.find()) {
            tables.put(t.group(1).toLowerCase(Locale.ROOT), file);
        }
        Matcher v = CREATE_VIEW.matcher(sql);
        while (v.find()) {
            String name = v.group(1).toLowerCase(Locale.ROOT);
            Set<String> reads = SqlNames.in(v.group(2)).stream().map(SqlNames.Name::table)
                    .collect(Collectors.toCollection(TreeSet::new));
            views.put(name, new View(name, publisher(sql, v.start()), reads, file));
        }
        Matcher d = DROP.matcher(sql);
        while (d.find()) {
            (d.group(1).equalsIgnoreCase("TABLE") ? tables.keySet() : views.keySet()).remove(d.group(2).toLowerCase(Locale.ROOT));
        }
    }

    /** The feature named in the comment lines directly above {@code offset}, or null. */
    private static String publisher(String sql, int offset) {
        List<String> above = sql.substring(0, offset).lines().toList();
        for (int i = above.size() - 1; i >= 0 && above.get(i).strip().startsWith("--"); i--) {
            Matcher m = PUBLISHED_BY.matcher(above.get(i));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The version of {@code V12__name.sql} (12), so that V10 sorts after V9. */
    private static int version(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")).replaceAll("\\D.*", ""));
    }
}
