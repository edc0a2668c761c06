package no.mila.dho.shared.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chart of a report (docs/reports.md): categories along the horizontal axis (months, municipalities), one or more
 * series of values, each drawn as bars or as a line with points (e.g. recipients as bars, the target as a line).
 * Titles and labels are Norwegian. Rendered by {@link ChartRenderer}.
 */
public record ReportChart(String title, String categoryAxisLabel, String valueAxisLabel, List<Series> series) {

    public ReportChart {
        Objects.requireNonNull(title, "title");
        series = List.copyOf(series);
    }

    public enum Style { BAR, LINE }

    /** {@code values}: category to value, in the order they are drawn; {@code null} leaves a gap. */
    public record Series(String name, Style style, Map<String, Number> values) {
        public Series {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }
}
