package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The boundary semantics, stated once: a value equal to a limit is on its milder side. */
class LimitsTest {

    private static final Limits PULSE = Limits.of(40, 50, 100, 120);

    @ParameterizedTest(name = "pulse {0} is {1}")
    @CsvSource({
            "20, RED", "39, RED", "39.9, RED",
            "40, YELLOW", "40.1, YELLOW", "49, YELLOW", "49.9, YELLOW",
            "50, GREEN", "50.1, GREEN", "75, GREEN", "99.9, GREEN", "100, GREEN",
            "100.1, YELLOW", "101, YELLOW", "119.9, YELLOW", "120, YELLOW",
            "120.1, RED", "121, RED", "250, RED"})
    void every_limit_is_on_its_milder_side(String value, Zone expected) {
        assertThat(PULSE.classify(new BigDecimal(value)).zone()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} with {4} gives {5}")
    @CsvSource(nullValues = "-", value = {
            "-,  -,  -,   -,   10,  GREEN",
            "-,  92, -,   -,   91,  YELLOW",
            "88, -,  -,   -,   91,  GREEN",
            "88, -,  -,   -,   87,  RED",
            "-,  -,  -,   120, 121, RED",
            "-,  -,  100, -,   121, YELLOW",
            "-,  -,  100, -,   10,  GREEN"})
    void missing_limits_are_simply_not_crossed(Integer redLow, Integer yellowLow, Integer yellowHigh, Integer redHigh,
                                               int value, Zone expected) {
        assertThat(Limits.of(redLow, yellowLow, yellowHigh, redHigh).classify(BigDecimal.valueOf(value)).zone())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "88, 92, -,   -,   -",
            "92, 88, -,   -,   redLow must be below yellowLow",
            "-,  50, 100, 100, yellowHigh must be below redHigh",
            "40, -,  -,   30,  redLow must be below redHigh"})
    void limits_must_be_ordered(Integer redLow, Integer yellowLow, Integer yellowHigh, Integer redHigh, String problem) {
        assertThat(Limits.of(redLow, yellowLow, yellowHigh, redHigh).orderProblems())
                .isEqualTo(problem == null ? java.util.List.of() : java.util.List.of(problem));
    }

    @Property
    void the_zone_never_gets_milder_as_the_value_moves_away_from_the_green_band(
            @ForAll @BigRange(min = "0", max = "300") @Scale(1) BigDecimal value) {
        Zone zone = PULSE.classify(value).zone();
        Zone further = PULSE.classify(value.compareTo(new BigDecimal("75")) < 0
                ? value.subtract(BigDecimal.ONE) : value.add(BigDecimal.ONE)).zone();
        assertThat(further.ordinal()).isGreaterThanOrEqualTo(zone.ordinal());
    }
}
