package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weight-trend window: the new weight's Oslo calendar day and the 3 calendar days before it. */
class WeightTrendWindowTest {

    private static final WeightTrendRule RULE = WeightTrendRule.standard();

    private static Instant oslo(String local) {
        return LocalDateTime.parse(local).atZone(WeightTrendRule.CALENDAR).toInstant();
    }

    private static Optional<Finding> trend(Instant now, BigDecimal kg, List<ReportInput.WeightPoint> earlier) {
        Evaluation e = Evaluator.evaluate(new ReportInput(now, Map.of(MeasurementType.BODY_WEIGHT, kg), Map.of(),
                earlier), Defaults.HEART_FAILURE, List.of());
        return e.findings().stream().filter(f -> f.kind() == Finding.Kind.WEIGHT_TREND).findFirst();
    }

    /** Whether 80.0 kg measured at {@code earlier} is used against 85.0 kg measured at {@code now} (Oslo times). */
    private static boolean counts(String earlier, String now) {
        Optional<Finding> trend = trend(oslo(now), new BigDecimal("85.0"),
                List.of(new ReportInput.WeightPoint(oslo(earlier), new BigDecimal("80.0"))));
        assertThat(trend.isPresent()).isEqualTo(RULE.inWindow(oslo(earlier), oslo(now), WeightTrendRule.CALENDAR));
        trend.ifPresent(f -> assertThat(f.zone()).isEqualTo(Zone.RED));
        return trend.isPresent();
    }

    @Test
    void morning_weights_a_minute_more_than_72_hours_apart_keep_the_trend() {
        assertThat(Duration.between(oslo("2026-11-21T07:59"), oslo("2026-11-24T08:00"))).isEqualTo(Duration.parse("PT72H1M"));
        assertThat(counts("2026-11-21T07:59", "2026-11-24T08:00")).isTrue();
        assertThat(counts("2026-11-21T08:00", "2026-11-24T07:59")).isTrue();
    }

    @ParameterizedTest(name = "a weight at {0} counts against one at {1} (Oslo): {2}")
    @CsvSource({
            "2026-11-21T00:00, 2026-11-24T08:00, true", // midnight on the first day of the window
            "2026-11-20T23:59, 2026-11-24T08:00, false", // a minute before the window
            "2026-11-20T23:59, 2026-11-24T00:00, false", // 72 h 1 min, but on the day before the window
            "2026-11-21T00:00, 2026-11-24T23:59, true", // almost 96 h, but on the first day of the window
            "2026-11-24T06:00, 2026-11-24T08:00, true", // earlier the same day
            "2026-11-24T09:00, 2026-11-24T08:00, false", // later the same day
            "2026-11-24T08:00, 2026-11-24T08:00, false", // the same instant: not before it
            "2026-11-25T07:00, 2026-11-24T08:00, false", // the next day
            "2026-03-28T00:00, 2026-03-31T08:00, true", // spring: the window holds the 23-hour 29 March
            "2026-03-27T23:59, 2026-03-31T08:00, false",
            "2026-03-29T00:00, 2026-04-01T00:30, true",
            "2026-03-28T23:59, 2026-04-01T00:30, false",
            "2026-03-26T00:00, 2026-03-29T03:30, true", // the new weight on the 23-hour day itself
            "2026-03-25T23:59, 2026-03-29T03:30, false",
            "2026-10-25T00:00, 2026-10-28T08:00, true", // autumn: the window holds the 25-hour 25 October
            "2026-10-24T23:59, 2026-10-28T08:00, false",
            "2026-10-22T00:00, 2026-10-25T23:30, true", // the new weight on the 25-hour day itself
            "2026-10-21T23:59, 2026-10-25T23:30, false"})
    void the_window_is_the_calendar_day_of_the_new_weight_and_the_three_days_before(String earlier, String now,
                                                                                    boolean expected) {
        assertThat(counts(earlier, now)).isEqualTo(expected);
    }

    @Test
    void the_window_starts_at_oslo_midnight_and_spans_four_calendar_days_whatever_their_length() {
        assertThat(RULE.windowStart(oslo("2026-11-24T08:00"), WeightTrendRule.CALENDAR))
                .isEqualTo(Instant.parse("2026-11-20T23:00:00Z"));
        assertThat(RULE.windowStart(oslo("2026-04-01T00:30"), WeightTrendRule.CALENDAR))
                .isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(RULE.windowStart(oslo("2026-07-01T12:00"), WeightTrendRule.CALENDAR))
                .isEqualTo(Instant.parse("2026-06-27T22:00:00Z"));
        assertThat(RULE.windowStart(oslo("2026-10-28T08:00"), WeightTrendRule.CALENDAR))
                .isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
        assertThat(Duration.between(RULE.windowStart(oslo("2026-03-31T08:00"), WeightTrendRule.CALENDAR),
                oslo("2026-04-01T00:00"))).isEqualTo(Duration.ofHours(4 * 24 - 1));
        assertThat(Duration.between(RULE.windowStart(oslo("2026-10-27T08:00"), WeightTrendRule.CALENDAR),
                oslo("2026-10-28T00:00"))).isEqualTo(Duration.ofHours(4 * 24 + 1));
    }

    @Test
    void the_days_are_counted_in_the_zone_given() {
        Instant now = Instant.parse("2026-11-24T08:00:00Z");
        Instant justAfterOsloMidnight = Instant.parse("2026-11-20T23:30:00Z");
        assertThat(RULE.inWindow(justAfterOsloMidnight, now, WeightTrendRule.CALENDAR)).isTrue();
        assertThat(RULE.inWindow(justAfterOsloMidnight, now, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void a_one_day_window_is_today_and_yesterday() {
        WeightTrendRule oneDay = new WeightTrendRule(new BigDecimal("1.0"), new BigDecimal("2.0"), 1);
        assertThat(oneDay.inWindow(oslo("2026-11-23T00:00"), oslo("2026-11-24T23:00"), WeightTrendRule.CALENDAR)).isTrue();
        assertThat(oneDay.inWindow(oslo("2026-11-22T23:59"), oslo("2026-11-24T00:01"), WeightTrendRule.CALENDAR)).isFalse();
    }

    @Property(tries = 500)
    void the_gain_never_uses_a_weight_measured_after_the_new_one(
            @ForAll("instants") Instant now, @ForAll @IntRange(min = 600, max = 1200) int tenthsOfKg,
            @ForAll @Size(max = 8) List<@IntRange(min = -7 * 24 * 60, max = 3 * 24 * 60) Integer> minutesFromNow,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 600, max = 1200) Integer> earlierTenths) {
        BigDecimal kg = BigDecimal.valueOf(tenthsOfKg, 1);
        List<ReportInput.WeightPoint> all = new ArrayList<>();
        for (int i = 0; i < minutesFromNow.size(); i++) {
            all.add(new ReportInput.WeightPoint(now.plus(Duration.ofMinutes(minutesFromNow.get(i))),
                    BigDecimal.valueOf(earlierTenths.get(i), 1)));
        }
        List<ReportInput.WeightPoint> before = all.stream().filter(p -> p.measuredAt().isBefore(now)).toList();
        Optional<Finding> trend = trend(now, kg, all);
        assertThat(trend).isEqualTo(trend(now, kg, before));
        Optional<BigDecimal> lowest = before.stream()
                .filter(p -> !p.measuredAt().isBefore(RULE.windowStart(now, WeightTrendRule.CALENDAR)))
                .map(ReportInput.WeightPoint::kg).min(BigDecimal::compareTo);
        assertThat(trend.map(Finding::value)).isEqualTo(lowest.map(kg::subtract));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.oneOf(between("2026-01-01T00:00:00Z", "2027-12-31T00:00:00Z"),
                between("2026-03-28T00:00:00Z", "2026-04-02T00:00:00Z"), // around the 23-hour day
                between("2026-10-24T00:00:00Z", "2026-10-29T00:00:00Z")); // around the 25-hour day
    }

    private static Arbitrary<Instant> between(String from, String to) {
        return Arbitraries.longs().between(Instant.parse(from).getEpochSecond(), Instant.parse(to).getEpochSecond())
                .map(Instant::ofEpochSecond);
    }
}
