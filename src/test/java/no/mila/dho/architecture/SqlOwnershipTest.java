package no.mila.dho.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Only a feature's own {@code persistence} package touches its tables (ADR 0008). Native SQL is invisible to
 * imports and ArchUnit, so this test reads the SQL in the string literals of {@code src/main/java} and the
 * migrations, and checks every table and view it names against {@link TableOwnership}.
 */
class SqlOwnershipTest {

    private static final Migrations MIGRATIONS = Migrations.read();
    private static final Map<String, String> OWNERS = TableOwnership.ownerByTable();
    private static final List<SqlUses.Use> USES = SqlUses.of(MainSources.all(), known());

    @Test
    void every_table_and_view_of_the_migrations_has_an_owner() {
        List<String> violations = new ArrayList<>();
        MIGRATIONS.tables.forEach((table, file) -> {
            if (!OWNERS.containsKey(table)) {
                violations.add(file + ": table " + table + " has no owner (add it to TableOwnership and "
                        + "docs/architecture.md)");
            }
        });
        MIGRATIONS.views.values().forEach(view -> {
            if (view.publisher() == null || !TableOwnership.TABLES_BY_FEATURE.containsKey(view.publisher())) {
                violations.add(view.file() + ": view " + view.name() + " needs the comment line "
                        + "'-- Published by the <feature> feature: ...' directly above it, naming a feature that owns "
                        + "tables (found: " + view.publisher() + ")");
            }
            if (!view.name().endsWith("_view")) {
                violations.add(view.file() + ": view " + view.name() + " must be named <something>_view");
            }
        });
        assertNone("Tables and views of the migrations without an owner", violations);
    }

    @Test
    void every_owned_table_exists_in_the_migrations() {
        List<String> violations = OWNERS.entrySet().stream().filter(e -> !MIGRATIONS.tables.containsKey(e.getKey()))
                .map(e -> e.getKey() + " (owner " + e.getValue() + ") is created by no migration: remove it from "
                        + "TableOwnership").toList();
        assertNone("TableOwnership names tables that do not exist", violations);
    }

    @Test
    void a_view_publishes_only_tables_of_its_publisher() {
        List<String> violations = new ArrayList<>();
        MIGRATIONS.views.values().forEach(view -> view.reads().stream()
                .filter(t -> OWNERS.containsKey(t) && !OWNERS.get(t).equals(view.publisher()))
                .forEach(t -> violations.add(view.file() + ": " + view.name() + " (published by " + view.publisher()
                        + ") reads " + t + ", a table of " + OWNERS.get(t))));
        assertNone("Published views that read another feature's tables", violations);
    }

    @Test
    void a_table_is_named_only_by_its_owning_feature() {
        List<String> violations = USES.stream()
                .filter(u -> OWNERS.containsKey(u.table()) && !OWNERS.get(u.table()).equals(u.source().feature()))
                .map(u -> u + ", a table of " + OWNERS.get(u.table()) + ": ask " + OWNERS.get(u.table())
                        + ".application or read a published view").toList();
        assertNone("SQL or entity mappings naming another feature's table", violations);
    }

    @Test
    void sql_and_entity_mappings_live_only_in_persistence_packages() {
        List<String> violations = USES.stream().filter(u -> !u.source().inPersistence())
                .map(u -> u + ": move it to " + u.source().feature() + ".persistence").toList();
        assertNone("SQL or entity mappings outside a persistence package", violations);
    }

    @Test
    void nobody_writes_through_a_view() {
        List<String> violations = USES.stream().filter(u -> MIGRATIONS.views.containsKey(u.table()))
                .filter(u -> u.how() == SqlUses.How.WRITES || u.how() == SqlUses.How.MAPS
                        && !u.source().text().contains("@Immutable"))
                .map(u -> u + ", a view published by " + MIGRATIONS.views.get(u.table()).publisher()
                        + (u.how() == SqlUses.How.MAPS ? " (an entity of a view must be @Immutable)" : "")
                        + ": write through " + MIGRATIONS.views.get(u.table()).publisher() + ".application").toList();
        assertNone("Writes through a published view", violations);
    }

    private static Set<String> known() {
        Set<String> names = new HashSet<>(MIGRATIONS.tables.keySet());
        names.addAll(MIGRATIONS.views.keySet());
        return names;
    }

    static void assertNone(String what, List<String> violations) {
        assertTrue(violations.isEmpty(), () -> what + " (" + violations.size() + "):\n  "
                + String.join("\n  ", violations));
    }
}
