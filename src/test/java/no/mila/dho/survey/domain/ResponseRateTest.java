package no.mila.dho.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ResponseRateTest {

    @Test
    void the_rate_is_answers_over_invited_in_per_cent_with_one_decimal_half_up() {
        assertThat(ResponseRate.percent(180, 213)).contains(new BigDecimal("84.5"));
        assertThat(ResponseRate.percent(1, 8)).contains(new BigDecimal("12.5"));
        assertThat(ResponseRate.percent(1, 16)).contains(new BigDecimal("6.3"));
        assertThat(ResponseRate.percent(0, 7)).contains(new BigDecimal("0.0"));
        assertThat(ResponseRate.percent(7, 7)).contains(new BigDecimal("100.0"));
    }

    @Test
    void nobody_invited_has_no_rate() {
        assertThat(ResponseRate.percent(0, 0)).isEmpty();
    }
}
