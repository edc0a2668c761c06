package no.mila.dho.robustness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A fingerprint of every row of every table of the application (row count and a hash of the rows), except the
 * access log, which records refused requests on purpose, and Flyway's history. Two equal snapshots around a
 * refused request prove it stored nothing and changed nothing.
 */
final class DatabaseSnapshot {

    private final DataSource dataSource;
    private String query;

    DatabaseSnapshot(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Table name to "rows:hash". */
    Map<String, String> take() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (query == null) {
                query = query(c);
            }
            Map<String, String> tables = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery(query)) {
                while (r.next()) {
                    tables.put(r.getString(1), r.getLong(2) + ":" + r.getString(3));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take a snapshot of the database", e);
        }
    }

    /** The tables whose rows differ between two snapshots, with both fingerprints. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!Objects.equals(before.get(table), after.get(table))) {
                changed.add(table + " (" + before.get(table) + " -> " + after.get(table) + ")");
            }
        }
        return changed;
    }

    private static String query(Connection c) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT table_name FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                   AND table_name NOT LIKE 'access_log%' AND table_name <> 'flyway_schema_history'
                 ORDER BY table_name""")) {
            while (r.next()) {
                String table = r.getString(1);
                parts.add("SELECT '" + table + "', count(*), md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), ''))"
                        + " FROM \"" + table + "\" t");
            }
        }
        return String.join(" UNION ALL ", parts);
    }
}
