package no.mila.dho.console.patients;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;

/**
 * The value axis of a chart, from {@code low} to {@code high} on round steps. It is made to show the limits of every
 * threshold version in the period with room around them, and stretches to the measured values, but no further than
 * the limits' span or a quarter of what the type can measure beyond them, whichever is more (and never beyond what
 * the type can measure): a value outside is drawn on
 * the axis' edge ({@link #clamp}) and shown with its real value in the table. Pure.
 */
record ChartAxis(double low, double high, double step) {

    /** The axis for a type with these limits (of all versions in the period) and these values. */
    static ChartAxis of(MeasurementType type, List<Limits> limits, List<BigDecimal> values) {
        List<Double> bounds = limits.stream()
                .flatMap(l -> Stream.of(l.redLow(), l.yellowLow(), l.yellowHigh(), l.redHigh()))
                .filter(b -> b != null).map(BigDecimal::doubleValue).toList();
        List<Double> measured = values.stream().map(BigDecimal::doubleValue).toList();
        List<Double> base = bounds.isEmpty() ? measured : bounds;
        if (base.isEmpty()) {
            return nice(type.possibleMin().doubleValue(), type.possibleMax().doubleValue());
        }
        double lo = min(base);
        double hi = max(base);
        double span = hi - lo > 0 ? hi - lo : Math.max(Math.abs(hi) * 0.1, 1);
        double possible = type.possibleMax().doubleValue() - type.possibleMin().doubleValue();
        double reach = Math.max(span, possible / 4);
        double floor = Math.max(type.possibleMin().doubleValue(), lo - reach);
        double ceiling = Math.min(type.possibleMax().doubleValue(), hi + reach);
        lo = Math.max(floor, lo - span / 4);
        hi = Math.min(ceiling, hi + span / 4);
        for (double v : measured) {
            lo = Math.min(lo, Math.max(v, floor));
            hi = Math.max(hi, Math.min(v, ceiling));
        }
        return nice(lo, hi);
    }

    /** An axis over [lo, hi] widened to round steps (1, 2 or 5 times a power of ten, about five of them). */
    static ChartAxis nice(double lo, double hi) {
        if (hi <= lo) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = Stream.of(1.0, 2.0, 5.0, 10.0).map(f -> f * power).filter(s -> s >= raw).findFirst()
                .orElse(10 * power);
        return new ChartAxis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** The value drawn: on the axis, or on its nearer edge. */
    double clamp(double value) {
        return Math.max(low, Math.min(high, value));
    }

    boolean outside(double value) {
        return value < low || value > high;
    }

    /** The values of the axis' ticks, from low to high. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; low + i * step <= high + step / 1000; i++) {
            ticks.add(round(low + i * step, step));
        }
        return ticks;
    }

    private static double round(double value, double step) {
        double scale = step >= 1 ? 1 : Math.pow(10, Math.ceil(-Math.log10(step)));
        return Math.round(value * scale) / scale;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
