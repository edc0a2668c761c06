package no.mila.dho.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import no.mila.dho.testsupport.SyntheticIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdentityNumberTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "14835212352, synthetic birth number of 1952-03-14",
            "02914721183, synthetic birth number of 1947-11-02"})
    void valid_synthetic_numbers_are_accepted(String number, String what) {
        NationalIdentityNumber id = new NationalIdentityNumber(number);
        assertThat(id.isSynthetic()).isTrue();
        assertThat(id.isDNumber()).isFalse();
    }

    @Test
    void the_birth_date_and_century_come_from_the_number() {
        assertThat(new NationalIdentityNumber("14835212352").birthDate()).isEqualTo(LocalDate.of(1952, 3, 14));
        assertThat(new NationalIdentityNumber(make(1, 1, 5, 500)).birthDate()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(new NationalIdentityNumber(make(31, 12, 99, 950)).birthDate()).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(new NationalIdentityNumber(make(1, 6, 60, 600)).birthDate()).isEqualTo(LocalDate.of(1860, 6, 1));
    }

    @Test
    void a_d_number_adds_forty_to_the_day() {
        NationalIdentityNumber d = new NationalIdentityNumber(make(41, 1, 80, 123));
        assertThat(d.isDNumber()).isTrue();
        assertThat(d.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "14835212353, has a wrong second check digit",
            "14835212342, has a wrong first check digit",
            "1483521235,  must be 11 digits",
            "148352123521, must be 11 digits",
            "1483521235A, must contain digits only",
            "'',          is required"})
    void invalid_numbers_are_named(String number, String problem) {
        assertThat(NationalIdentityNumber.problemWith(number)).contains(problem);
        assertThatThrownBy(() -> new NationalIdentityNumber(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_impossible_date_is_refused_even_with_right_check_digits() {
        assertThat(NationalIdentityNumber.problemWith(make(31, 2, 50, 123))).contains("does not hold a valid birth date");
    }

    @Test
    void the_mask_hides_the_personal_number() {
        assertThat(new NationalIdentityNumber("14835212352").masked()).isEqualTo("148352*****");
        assertThat(new NationalIdentityNumber("14835212352").toString()).doesNotContain("12352");
    }

    @Property
    void every_generated_number_is_valid(@ForAll("numbers") String number) {
        assertThat(NationalIdentityNumber.isValid(number)).isTrue();
    }

    @Property
    void changing_any_single_digit_makes_it_invalid(@ForAll("numbers") String number,
                                                   @ForAll @IntRange(min = 0, max = 10) int position,
                                                   @ForAll @IntRange(min = 1, max = 9) int delta) {
        char[] digits = number.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
        assertThat(NationalIdentityNumber.isValid(new String(digits))).isFalse();
    }

    @Provide
    Arbitrary<String> numbers() {
        return Combinators.combine(Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 499))
                .as((d, m, y, i) -> make(d, m, y, i)).filter(n -> n != null);
    }

    /** A number with valid check digits for the fields (the next individual number where none exists). */
    static String make(int day, int month, int year, int individual) {
        String number = SyntheticIds.withCheckDigits(String.format("%02d%02d%02d%03d", day, month, year, individual));
        return number != null ? number : make(day, month, year, individual + 1);
    }
}
