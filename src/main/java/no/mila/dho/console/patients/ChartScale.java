package no.mila.dho.console.patients;

import static no.mila.dho.console.patients.Chart.round;
import static no.mila.dho.console.patients.ChartGeometry.BOTTOM;
import static no.mila.dho.console.patients.ChartGeometry.LEFT;
import static no.mila.dho.console.patients.ChartGeometry.RIGHT;
import static no.mila.dho.console.patients.ChartGeometry.TOP;

import java.time.Duration;
import java.time.Instant;

/** From time and value to a chart's SVG coordinates (y grows downwards); a time outside the period on its edge. */
record ChartScale(Instant from, Instant to, ChartAxis axis) {

    double x(Instant at) {
        double span = Math.max(1, Duration.between(from, to).toMillis());
        double t = Math.max(0, Math.min(span, Duration.between(from, at).toMillis()));
        return round(LEFT + (RIGHT - LEFT) * t / span);
    }

    double y(double value) {
        return round(BOTTOM - (BOTTOM - TOP) * (value - axis.low()) / (axis.high() - axis.low()));
    }
}
