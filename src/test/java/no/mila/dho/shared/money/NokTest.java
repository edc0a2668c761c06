package no.mila.dho.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NokTest {

    @Test
    void amounts_are_exact_to_the_ore_and_refuse_more_decimals() {
        assertThat(Nok.of("12240").amount()).isEqualByComparingTo("12240.00");
        assertThat(Nok.of("0.1").plus(Nok.of("0.2"))).isEqualTo(Nok.of("0.30"));
        assertThatThrownBy(() -> Nok.of("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Nok.of("1.500")).isEqualTo(Nok.of("1.5"));
    }

    @Test
    void rounding_is_to_the_ore_half_up_and_only_where_asked() {
        assertThat(Nok.rounded(new BigDecimal("1.005"))).isEqualTo(Nok.of("1.01"));
        assertThat(Nok.rounded(new BigDecimal("1.0049"))).isEqualTo(Nok.of("1.00"));
        assertThat(Nok.rounded(new BigDecimal("-1.005"))).isEqualTo(Nok.of("-1.01"));
        assertThat(Nok.of(100).dividedBy(3)).isEqualTo(Nok.of("33.33"));
        assertThat(Nok.of(200).dividedBy(3)).isEqualTo(Nok.of("66.67"));
        assertThat(Nok.of(1000).timesRounded(new BigDecimal("0.035"))).isEqualTo(Nok.of("35.00"));
        assertThat(Nok.of("0.10").timesRounded(new BigDecimal("0.05"))).isEqualTo(Nok.of("0.01"));
        assertThat(Nok.of("1020").times(213)).isEqualTo(Nok.of("217260"));
    }

    @Test
    void compares_by_value() {
        assertThat(Nok.of(5).compareTo(Nok.of("5.00"))).isZero();
        assertThat(Nok.of(-1).isNegative()).isTrue();
        assertThat(Nok.ZERO.isNegative()).isFalse();
    }
}
