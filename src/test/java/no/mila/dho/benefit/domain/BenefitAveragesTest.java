package no.mila.dho.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Averages per patient and reported month against the same patient-months at baseline. */
class BenefitAveragesTest {

    static final YearMonth APR = YearMonth.of(2026, 4);
    static final YearMonth MAY = YearMonth.of(2026, 5);
    static final YearMonth JUN = YearMonth.of(2026, 6);

    @Test
    void two_patients_of_three_and_one_months_weigh_their_baselines_by_their_months() {
        var a = new BenefitAverages.PatientMonths(new Baseline(8, 240, 12, 24), List.of(
                new MonthFigures(APR, 120, 4, 0, 0), new MonthFigures(MAY, 90, 3, 1, 2),
                new MonthFigures(JUN, 60, 2, 0, 0)));
        var b = new BenefitAverages.PatientMonths(new Baseline(4, 480, 0, 6), List.of(
                new MonthFigures(APR, 30, 1, 3, 0)));
        BenefitAverages.Result r = BenefitAverages.of(List.of(a, b));

        assertThat(r.patientsReported()).isEqualTo(2);
        assertThat(r.patientMonths()).isEqualTo(4);
        // reported: (120 + 90 + 60 + 30) / 4 = 75; baseline: (3 x 240 + 1 x 480) / 4 = 300
        assertThat(r.minutes().reported()).isEqualByComparingTo("75.00");
        assertThat(r.minutes().baseline()).isEqualByComparingTo("300.00");
        // visits: 10 / 4 = 2.50; baseline (3 x 8 + 4) / 4 = 7.00
        assertThat(r.visits().reported()).isEqualByComparingTo("2.50");
        assertThat(r.visits().baseline()).isEqualByComparingTo("7.00");
        // KAD: 4 / 4 = 1.00; baseline (3 x 12 + 1 x 0) / (4 x 12) = 0.75
        assertThat(r.kadDays().reported()).isEqualByComparingTo("1.00");
        assertThat(r.kadDays().baseline()).isEqualByComparingTo("0.75");
        // short-term: 2 / 4 = 0.50; baseline (3 x 24 + 6) / 48 = 1.625 -> 1.63 (half up)
        assertThat(r.shortTermDays().reported()).isEqualByComparingTo("0.50");
        assertThat(r.shortTermDays().baseline()).isEqualByComparingTo("1.63");
    }

    @Test
    void a_patient_without_a_baseline_figure_is_left_out_of_that_baseline_only() {
        var a = new BenefitAverages.PatientMonths(new Baseline(8, 240, null, null), List.of(
                new MonthFigures(APR, 100, 4, 1, 1)));
        var b = new BenefitAverages.PatientMonths(new Baseline(8, 240, 24, null), List.of(
                new MonthFigures(APR, 100, 4, 1, 1)));
        BenefitAverages.Result r = BenefitAverages.of(List.of(a, b));
        assertThat(r.kadDays().baseline()).isEqualByComparingTo("2.00");
        assertThat(r.kadDays().reported()).isEqualByComparingTo("1.00");
        assertThat(r.shortTermDays().baseline()).isNull();
    }

    @Test
    void patients_without_reported_months_are_not_in_the_averages_and_nothing_gives_null() {
        var none = new BenefitAverages.PatientMonths(new Baseline(8, 240, 12, 12), List.of());
        BenefitAverages.Result r = BenefitAverages.of(List.of(none));
        assertThat(r.patientsReported()).isZero();
        assertThat(r.patientMonths()).isZero();
        assertThat(r.minutes().reported()).isNull();
        assertThat(r.minutes().baseline()).isNull();
    }

    @Test
    void a_third_is_rounded_half_up_to_two_decimals() {
        var a = new BenefitAverages.PatientMonths(Baseline.NONE, List.of(new MonthFigures(APR, 1, 2, 0, 0),
                new MonthFigures(MAY, 0, 0, 0, 0), new MonthFigures(JUN, 0, 0, 0, 0)));
        BenefitAverages.Result r = BenefitAverages.of(List.of(a));
        assertThat(r.minutes().reported()).isEqualByComparingTo("0.33");
        assertThat(r.visits().reported()).isEqualByComparingTo("0.67");
    }
}
