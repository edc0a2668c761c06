package no.mila.dho.economics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnershipTest {

    private static Partnership since(String day) {
        return new Partnership(LocalDate.parse(day), Optional.empty());
    }

    @Test
    void a_month_counts_from_the_month_it_joined_in() {
        Partnership joined = since("2027-04-15");
        assertThat(joined.partnerIn(YearMonth.of(2027, 3))).isFalse();
        assertThat(joined.partnerIn(YearMonth.of(2027, 4))).isTrue();
        assertThat(joined.partnerIn(YearMonth.of(2027, 12))).isTrue();
        assertThat(joined.partnerIn(2026)).isFalse();
        assertThat(joined.partnerIn(2027)).isTrue();
        assertThat(joined.partnerIn(2030)).isTrue();
    }

    @Test
    void joining_on_the_last_day_of_a_year_makes_it_a_partner_year() {
        assertThat(since("2027-12-31").partnerIn(2027)).isTrue();
        assertThat(since("2027-12-31").partnerIn(YearMonth.of(2027, 12))).isTrue();
    }

    @Test
    void a_deactivation_ends_it_from_its_effective_day() {
        Partnership left = new Partnership(LocalDate.parse("2025-01-01"), Optional.of(LocalDate.parse("2027-07-01")));
        assertThat(left.partnerIn(YearMonth.of(2027, 6))).isTrue();
        assertThat(left.partnerIn(YearMonth.of(2027, 7))).isFalse();
        assertThat(left.partnerIn(2027)).isTrue();
        assertThat(left.partnerIn(2028)).isFalse();
        Partnership midMonth = new Partnership(LocalDate.parse("2025-01-01"), Optional.of(LocalDate.parse("2027-07-02")));
        assertThat(midMonth.partnerIn(YearMonth.of(2027, 7))).isTrue();
        Partnership newYear = new Partnership(LocalDate.parse("2025-01-01"), Optional.of(LocalDate.parse("2028-01-01")));
        assertThat(newYear.partnerIn(2027)).isTrue();
        assertThat(newYear.partnerIn(2028)).isFalse();
    }

    @Test
    void deactivated_on_the_day_it_joined_it_never_was_a_partner() {
        Partnership never = new Partnership(LocalDate.parse("2027-03-10"), Optional.of(LocalDate.parse("2027-03-10")));
        assertThat(never.partnerIn(YearMonth.of(2027, 3))).isFalse();
        assertThat(never.partnerIn(2027)).isFalse();
    }
}
