package no.mila.dho.economics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import no.mila.dho.shared.money.Nok;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    private static List<BigInteger> weights(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigInteger::valueOf).toList();
    }

    @Test
    void an_even_split_gives_the_leftover_ore_to_the_first_of_equal_remainders() {
        assertThat(Apportionment.split(Nok.of(100), weights(1, 1, 1)))
                .containsExactly(Nok.of("33.34"), Nok.of("33.33"), Nok.of("33.33"));
        assertThat(Apportionment.split(Nok.of("0.02"), weights(1, 1, 1)))
                .containsExactly(Nok.of("0.01"), Nok.of("0.01"), Nok.ZERO);
    }

    @Test
    void the_leftover_ore_go_to_the_largest_remainders() {
        // 1.00 by 1:2:3 = 0.1666, 0.3333, 0.5 -> 0.16, 0.33, 0.50 and one øre left for the first (remainder 0.66)
        assertThat(Apportionment.split(Nok.of(1), weights(1, 2, 3)))
                .containsExactly(Nok.of("0.17"), Nok.of("0.33"), Nok.of("0.50"));
    }

    @Test
    void a_zero_weight_gets_nothing_and_bad_input_is_refused() {
        assertThat(Apportionment.split(Nok.of(10), weights(0, 1))).containsExactly(Nok.ZERO, Nok.of(10));
        assertThatThrownBy(() -> Apportionment.split(Nok.of(10), weights(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.split(Nok.of(10), weights(-1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.split(Nok.of(-10), weights(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void the_parts_add_up_to_the_amount_and_each_is_within_one_ore_of_its_exact_share(
            @ForAll @LongRange(min = 0, max = 100_000_000_00L) long ore,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1_000_000) Integer> raw) {
        List<BigInteger> w = raw.stream().map(BigInteger::valueOf).toList();
        if (w.stream().allMatch(x -> x.signum() == 0)) {
            return;
        }
        Nok amount = new Nok(BigDecimal.valueOf(ore, 2));
        List<Nok> parts = Apportionment.split(amount, w);
        assertThat(parts.stream().reduce(Nok.ZERO, Nok::plus)).isEqualTo(amount);
        BigDecimal sum = new BigDecimal(w.stream().reduce(BigInteger.ZERO, BigInteger::add));
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = amount.amount().multiply(new BigDecimal(w.get(i)))
                    .divide(sum, 10, java.math.RoundingMode.HALF_UP);
            assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }
}
