package no.mila.dho.shared.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import no.mila.dho.shared.money.Nok;

/**
 * A report as a table, the form its CSV and XLSX take (docs/reports.md): a Norwegian title, typed columns with
 * Norwegian labels, rows, and notes (what the figures mean, what was left out). The JSON of a report is its own view
 * record; this table is built from the same figures. Values are {@code String}, {@code Integer}/{@code Long},
 * {@code BigDecimal}, {@link Nok}, {@code LocalDate}, {@code YearMonth} or {@code null} (an empty cell).
 */
public record ReportTable(String title, List<Column> columns, List<List<Object>> rows, List<String> notes) {

    public ReportTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        notes = List.copyOf(notes);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " cells in a table of " + columns.size()
                        + " columns: " + row);
            }
            for (int i = 0; i < row.size(); i++) {
                columns.get(i).kind().check(row.get(i));
            }
        }
    }

    /** What a column holds, which decides how CSV writes it and how a spreadsheet formats it. */
    public enum Kind {
        TEXT(String.class), INTEGER(Number.class), DECIMAL(BigDecimal.class), NOK(Nok.class),
        /** A percentage as a number of per cent: 3.5 is 3.5 %. */
        PERCENT(BigDecimal.class), DATE(LocalDate.class), MONTH(YearMonth.class);

        private final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }

        void check(Object value) {
            if (value != null && !type.isInstance(value)) {
                throw new IllegalArgumentException(name() + " cell holds a " + value.getClass().getSimpleName());
            }
        }
    }

    /** {@code key}: machine name (as in the JSON); {@code label}: the Norwegian column heading. */
    public record Column(String key, String label, Kind kind) {
    }

    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** Builds a table column by column, then row by row. */
    public static final class Builder {
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder column(String key, String label, Kind kind) {
            columns.add(new Column(key, label, kind));
            return this;
        }

        public Builder row(Object... values) {
            rows.add(Arrays.asList(values));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public ReportTable build() {
            return new ReportTable(title, columns, rows, notes);
        }
    }
}
