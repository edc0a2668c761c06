package no.mila.dho.console.patients;

import static no.mila.dho.console.patients.Chart.round;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;

/**
 * The geometry of a measurement chart, pure: the time axis over the period, the value axis ({@link ChartAxis}), the
 * red, yellow and green bands of each threshold version over the time it was in force (they change where the
 * versions change), and the values as points (invalidated ones hollow, those outside the axis on its edge).
 */
final class ChartGeometry {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    static final double LEFT = 60;
    static final double RIGHT = WIDTH - 16;
    static final double TOP = 12;
    static final double BOTTOM = HEIGHT - 40;
    static final String NO_DATA = "Ingen målinger i perioden";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");

    /** A stored value: when, what, its zone, and whether (and why) it is marked invalid. */
    record Value(Instant at, BigDecimal value, Zone zone, boolean invalidated, String invalidReason) {
    }

    /** A threshold version and when it came into force (it holds until the next version's {@code from}). */
    record Version(int versionNo, Instant from, Limits limits) {
    }

    private ChartGeometry() {
    }

    /** The chart of {@code type} over [from, to] with the values measured then and the patient's versions. */
    static Chart draw(MeasurementType type, Instant from, Instant to, List<Value> values, List<Version> versions) {
        List<Version> inPeriod = inPeriod(versions, from, to);
        List<Value> sorted = values.stream().sorted(Comparator.comparing(Value::at)).toList();
        ChartAxis axis = ChartAxis.of(type, inPeriod.stream().map(Version::limits).toList(),
                sorted.stream().map(Value::value).toList());
        ChartScale scale = new ChartScale(from, to, axis);
        List<Chart.Band> bands = new ArrayList<>();
        for (int i = 0; i < inPeriod.size(); i++) {
            Version v = inPeriod.get(i);
            Instant start = v.from().isBefore(from) ? from : v.from();
            Instant end = i + 1 < inPeriod.size() ? inPeriod.get(i + 1).from() : to;
            bands.addAll(bands(v, scale.x(start), scale.x(end), axis, scale));
        }
        List<Chart.Point> points = sorted.stream().map(v -> point(v, type, scale, axis)).toList();
        String line = String.join(" ", points.stream().filter(p -> !p.invalidated()).map(p -> p.x() + "," + p.y())
                .toList());
        Chart.Frame frame = new Chart.Frame(LEFT, TOP, RIGHT, BOTTOM, RIGHT - LEFT, BOTTOM - TOP,
                round((LEFT + RIGHT) / 2), round((TOP + BOTTOM) / 2), LEFT - 6, BOTTOM + 6);
        return new Chart(type.name(), type.nameNb(), ChartTexts.description(type, sorted, from, to), type.unit(),
                sorted.isEmpty(), bands, points, line, xTicks(from, to, scale), yTicks(axis, scale), frame,
                ChartTexts.rows(type, sorted));
    }

    /** The versions in force at some time of [from, to], in version order (the one in force at {@code from} first). */
    static List<Version> inPeriod(List<Version> versions, Instant from, Instant to) {
        List<Version> sorted = versions.stream().sorted(Comparator.comparing(Version::versionNo)).toList();
        List<Version> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Instant end = i + 1 < sorted.size() ? sorted.get(i + 1).from() : Instant.MAX;
            if (end.isAfter(from) && sorted.get(i).from().isBefore(to)) {
                result.add(sorted.get(i));
            }
        }
        return result;
    }

    /** The zone areas of one version between x1 and x2: red and yellow below, green, yellow and red above. */
    static List<Chart.Band> bands(Version v, double x1, double x2, ChartAxis axis, ChartScale scale) {
        Limits l = v.limits();
        if (l.redLow() == null && l.yellowLow() == null && l.yellowHigh() == null && l.redHigh() == null
                || x2 <= x1) {
            return List.of();
        }
        double redTop = value(l.redLow(), axis.low());
        double yellowTop = value(l.yellowLow(), redTop);
        double redBottom = value(l.redHigh(), axis.high());
        double yellowBottom = value(l.yellowHigh(), redBottom);
        List<Chart.Band> bands = new ArrayList<>();
        band(bands, "RED", axis.low(), redTop, v, x1, x2, axis, scale);
        band(bands, "YELLOW", redTop, yellowTop, v, x1, x2, axis, scale);
        band(bands, "GREEN", yellowTop, yellowBottom, v, x1, x2, axis, scale);
        band(bands, "YELLOW", yellowBottom, redBottom, v, x1, x2, axis, scale);
        band(bands, "RED", redBottom, axis.high(), v, x1, x2, axis, scale);
        return bands;
    }

    private static void band(List<Chart.Band> bands, String zone, double from, double to, Version v, double x1,
                             double x2, ChartAxis axis, ChartScale scale) {
        double lo = axis.clamp(from);
        double hi = axis.clamp(to);
        if (hi > lo) {
            double top = scale.y(hi);
            bands.add(new Chart.Band(zone, x1, top, round(x2 - x1), round(scale.y(lo) - top), v.versionNo()));
        }
    }

    private static Chart.Point point(Value v, MeasurementType type, ChartScale scale, ChartAxis axis) {
        double value = v.value().doubleValue();
        String label = ConsoleFormat.dateTime(v.at()) + ": " + ConsoleFormat.number(v.value()) + " " + type.unit()
                + " (" + ChartTexts.zone(v.zone()) + (v.invalidated() ? ", ugyldig" : "")
                + (axis.outside(value) ? ", utenfor aksen" : "") + ")";
        return new Chart.Point(scale.x(v.at()), scale.y(axis.clamp(value)), v.zone().name(), v.invalidated(),
                axis.outside(value), label);
    }

    private static List<Chart.Tick> xTicks(Instant from, Instant to, ChartScale scale) {
        long days = Math.max(1, Duration.between(from, to).toDays());
        int step = days <= 10 ? 1 : days <= 31 ? 5 : 15;
        List<Chart.Tick> ticks = new ArrayList<>();
        LocalDate day = from.atZone(ConsoleFormat.OSLO).toLocalDate().plusDays(1);
        for (; !day.atStartOfDay(ConsoleFormat.OSLO).toInstant().isAfter(to); day = day.plusDays(step)) {
            ticks.add(new Chart.Tick(scale.x(day.atStartOfDay(ConsoleFormat.OSLO).toInstant()), DAY.format(day)));
        }
        return ticks;
    }

    private static List<Chart.Tick> yTicks(ChartAxis axis, ChartScale scale) {
        return axis.ticks().stream().map(t -> new Chart.Tick(scale.y(t),
                ConsoleFormat.number(BigDecimal.valueOf(t)))).toList();
    }

    private static double value(BigDecimal limit, double otherwise) {
        return limit == null ? otherwise : limit.doubleValue();
    }
}
