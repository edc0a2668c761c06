package no.mila.dho.console.patients;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;

/** The words of a chart: its description ({@code <desc>}), its table, the zones in Norwegian. Pure. */
final class ChartTexts {

    private ChartTexts() {
    }

    /** {@code Rød}, {@code Gul}, {@code Grønn}. */
    static String zone(Zone zone) {
        String nb = zone.norwegian();
        return Character.toUpperCase(nb.charAt(0)) + nb.substring(1);
    }

    static String description(MeasurementType type, List<ChartGeometry.Value> values, Instant from, Instant to) {
        String period = " fra " + ConsoleFormat.dateTime(from) + " til " + ConsoleFormat.dateTime(to) + ".";
        if (values.isEmpty()) {
            return ChartGeometry.NO_DATA + period;
        }
        BigDecimal low = values.stream().map(ChartGeometry.Value::value).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal high = values.stream().map(ChartGeometry.Value::value).max(Comparator.naturalOrder()).orElseThrow();
        long invalid = values.stream().filter(ChartGeometry.Value::invalidated).count();
        return values.size() + (values.size() == 1 ? " måling" : " målinger") + period + " Lavest "
                + ConsoleFormat.number(low) + " " + type.unit() + ", høyest " + ConsoleFormat.number(high) + " "
                + type.unit() + "." + (invalid == 0 ? "" : " " + invalid + " merket ugyldig (hul markør).")
                + " Feltene viser grenseverdiene som gjaldt: rødt, gult og grønt område.";
    }

    /** The table's lines, newest first. */
    static List<Chart.Row> rows(MeasurementType type, List<ChartGeometry.Value> values) {
        return values.stream().sorted(Comparator.comparing(ChartGeometry.Value::at).reversed())
                .map(v -> new Chart.Row(ConsoleFormat.dateTime(v.at()), ConsoleFormat.number(v.value()) + " "
                        + type.unit(), v.zone().name(), zone(v.zone()),
                        v.invalidated() ? "Ugyldig" + (v.invalidReason() == null ? "" : ": " + v.invalidReason())
                                : "Gyldig", v.invalidated()))
                .toList();
    }
}
