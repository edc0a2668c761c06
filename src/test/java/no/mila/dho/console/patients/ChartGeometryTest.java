package no.mila.dho.console.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;
import org.junit.jupiter.api.Test;

/** The chart's geometry: bands per threshold version, points on the axis or clamped to it, the empty chart. */
class ChartGeometryTest {

    static final Instant TO = Instant.parse("2026-12-03T12:00:00Z");
    static final Instant FROM = TO.minus(Duration.ofDays(30));
    static final Limits SPO2_OLD = Limits.of(88, 92, null, null);
    static final Limits SPO2_NEW = Limits.of(85, 90, null, null);

    static ChartGeometry.Value value(Instant at, int value, Zone zone, boolean invalid) {
        return new ChartGeometry.Value(at, BigDecimal.valueOf(value), zone, invalid, invalid ? "Feil apparat" : null);
    }

    static Chart spo2(List<ChartGeometry.Value> values, List<ChartGeometry.Version> versions) {
        return ChartGeometry.draw(MeasurementType.SPO2, FROM, TO, values, versions);
    }

    @Test
    void the_bands_split_where_a_new_threshold_version_came_into_force() {
        Instant change = FROM.plus(Duration.ofDays(10));
        Chart chart = spo2(List.of(value(FROM.plus(Duration.ofDays(1)), 95, Zone.GREEN, false)), List.of(
                new ChartGeometry.Version(1, FROM.minus(Duration.ofDays(40)), SPO2_OLD),
                new ChartGeometry.Version(2, change, SPO2_NEW)));

        List<Chart.Band> v1 = chart.bands().stream().filter(b -> b.version() == 1).toList();
        List<Chart.Band> v2 = chart.bands().stream().filter(b -> b.version() == 2).toList();
        assertThat(v1).extracting(Chart.Band::zone).containsExactly("RED", "YELLOW", "GREEN");
        assertThat(v2).extracting(Chart.Band::zone).containsExactly("RED", "YELLOW", "GREEN");
        double split = ChartGeometry.LEFT + (ChartGeometry.RIGHT - ChartGeometry.LEFT) / 3;
        assertThat(v1).allSatisfy(b -> {
            assertThat(b.x()).isEqualTo(ChartGeometry.LEFT);
            assertThat(b.x() + b.width()).isCloseTo(split, org.assertj.core.data.Offset.offset(0.2));
        });
        assertThat(v2).allSatisfy(b -> {
            assertThat(b.x()).isCloseTo(split, org.assertj.core.data.Offset.offset(0.2));
            assertThat(b.x() + b.width()).isCloseTo(ChartGeometry.RIGHT, org.assertj.core.data.Offset.offset(0.2));
        });
        Chart.Band redBefore = v1.get(0);
        Chart.Band redAfter = v2.get(0);
        assertThat(redAfter.y()).as("red ends lower after the change (85 instead of 88)").isGreaterThan(redBefore.y());
        assertThat(redBefore.y() + redBefore.height()).isEqualTo(ChartGeometry.BOTTOM);
    }

    @Test
    void a_version_replaced_before_the_period_draws_no_band_and_a_period_before_any_version_draws_none() {
        Chart chart = spo2(List.of(), List.of(
                new ChartGeometry.Version(1, FROM.minus(Duration.ofDays(90)), SPO2_OLD),
                new ChartGeometry.Version(2, FROM.minus(Duration.ofDays(60)), SPO2_NEW),
                new ChartGeometry.Version(3, FROM.plus(Duration.ofDays(15)), SPO2_OLD)));
        assertThat(chart.bands()).extracting(Chart.Band::version).containsOnly(2, 3);
        assertThat(chart.bands().stream().filter(b -> b.version() == 2).findFirst().orElseThrow().x())
                .isEqualTo(ChartGeometry.LEFT);

        Chart late = spo2(List.of(), List.of(new ChartGeometry.Version(1, FROM.plus(Duration.ofDays(20)), SPO2_OLD)));
        assertThat(late.bands()).allSatisfy(b -> assertThat(b.x()).isGreaterThan(ChartGeometry.LEFT + 400));
    }

    @Test
    void both_sides_are_banded_when_there_are_upper_and_lower_limits() {
        Chart chart = ChartGeometry.draw(MeasurementType.PULSE, FROM, TO,
                List.of(value(FROM.plus(Duration.ofDays(2)), 70, Zone.GREEN, false)),
                List.of(new ChartGeometry.Version(1, FROM, Limits.of(40, 50, 100, 120))));
        assertThat(chart.bands()).extracting(Chart.Band::zone)
                .containsExactly("RED", "YELLOW", "GREEN", "YELLOW", "RED");
        assertThat(chart.bands()).allSatisfy(b -> assertThat(b.height()).isPositive());
    }

    @Test
    void a_value_outside_the_axis_is_clamped_to_its_edge_and_still_shown() {
        Chart chart = ChartGeometry.draw(MeasurementType.PULSE, FROM, TO, List.of(
                value(FROM.plus(Duration.ofDays(1)), 70, Zone.GREEN, false),
                value(FROM.plus(Duration.ofDays(2)), 290, Zone.RED, false)),
                List.of(new ChartGeometry.Version(1, FROM, Limits.of(40, 50, 100, 120))));
        assertThat(chart.points()).hasSize(2);
        Chart.Point high = chart.points().get(1);
        assertThat(high.clamped()).isTrue();
        assertThat(high.y()).isEqualTo(ChartGeometry.TOP);
        assertThat(high.label()).contains("290 /min", "Rød", "utenfor aksen");
        assertThat(chart.points().get(0).clamped()).isFalse();
        assertThat(chart.rows()).extracting(Chart.Row::value).contains("290 /min");
    }

    @Test
    void invalidated_values_are_marked_in_the_points_and_the_table_and_left_out_of_the_line() {
        Chart chart = spo2(List.of(
                value(FROM.plus(Duration.ofDays(1)), 95, Zone.GREEN, false),
                value(FROM.plus(Duration.ofDays(2)), 70, Zone.RED, true),
                value(FROM.plus(Duration.ofDays(3)), 94, Zone.GREEN, false)),
                List.of(new ChartGeometry.Version(1, FROM, SPO2_OLD)));
        assertThat(chart.points()).extracting(Chart.Point::invalidated).containsExactly(false, true, false);
        assertThat(chart.line().split(" ")).hasSize(2);
        assertThat(chart.rows().get(1).status()).isEqualTo("Ugyldig: Feil apparat");
        assertThat(chart.rows().get(0).status()).isEqualTo("Gyldig");
        assertThat(chart.description()).contains("3 målinger", "1 merket ugyldig");
    }

    @Test
    void no_values_make_an_empty_chart_that_says_so() {
        Chart chart = spo2(List.of(), List.of(new ChartGeometry.Version(1, FROM, SPO2_OLD)));
        assertThat(chart.empty()).isTrue();
        assertThat(chart.points()).isEmpty();
        assertThat(chart.rows()).isEmpty();
        assertThat(chart.description()).startsWith("Ingen målinger i perioden");
        assertThat(chart.bands()).isNotEmpty();
        assertThat(chart.yTicks()).isNotEmpty();
    }

    @Test
    void the_time_axis_has_a_label_per_day_for_a_week() {
        Chart chart = ChartGeometry.draw(MeasurementType.SPO2, TO.minus(Duration.ofDays(7)), TO, List.of(), List.of());
        assertThat(chart.xTicks()).hasSize(7);
        assertThat(chart.xTicks()).allSatisfy(t -> assertThat(t.label()).matches("\\d\\d\\.\\d\\d\\."));
    }

    @Property
    void every_point_is_inside_the_plot_and_every_band_too(@ForAll @IntRange(min = 20, max = 300) int pulse,
                                                           @ForAll @IntRange(min = 0, max = 29) int day) {
        Chart chart = ChartGeometry.draw(MeasurementType.PULSE, FROM, TO,
                List.of(value(FROM.plus(Duration.ofDays(day)), pulse, Zone.GREEN, false)),
                List.of(new ChartGeometry.Version(1, FROM.minus(Duration.ofDays(3)), Limits.of(40, 50, 100, 120)),
                        new ChartGeometry.Version(2, FROM.plus(Duration.ofDays(day)), Limits.of(45, 55, 110, 130))));
        Chart.Point p = chart.points().get(0);
        assertThat(p.x()).isBetween(ChartGeometry.LEFT, ChartGeometry.RIGHT);
        assertThat(p.y()).isBetween(ChartGeometry.TOP, ChartGeometry.BOTTOM);
        assertThat(chart.bands()).allSatisfy(b -> {
            assertThat(b.y()).isGreaterThanOrEqualTo(ChartGeometry.TOP);
            assertThat(b.y() + b.height()).isLessThanOrEqualTo(ChartGeometry.BOTTOM + 0.1);
            assertThat(b.x() + b.width()).isLessThanOrEqualTo(ChartGeometry.RIGHT + 0.1);
        });
    }
}
