package no.mila.dho.benefit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The benefit of a group of patients (a municipality's, one quarter) against their baseline (docs/benefits.md):
 * the average per patient and reported month of home nursing minutes, visits, KAD days and short-term days, beside
 * the same averages at baseline. The baseline average weighs each patient by their reported months, so both sides
 * are over the same patient-months; KAD and short-term days at baseline are the 12 months' days / 12; a patient
 * without a baseline figure is left out of that figure's baseline. Averages are rounded half up to two decimals,
 * once; {@code null} where there is nothing to average.
 */
public final class BenefitAverages {

    private static final int SCALE = 2;

    private BenefitAverages() {
    }

    /** One patient's reported months of the quarter and baseline. */
    public record PatientMonths(Baseline baseline, List<MonthFigures> months) {
    }

    /** One measure: the reported average and the baseline's. */
    public record Pair(BigDecimal reported, BigDecimal baseline) {
    }

    /** {@code patientMonths}: the months reported over all patients. */
    public record Result(int patientsReported, int patientMonths, Pair minutes, Pair visits, Pair kadDays,
                         Pair shortTermDays) {
    }

    public static Result of(Collection<PatientMonths> patients) {
        List<PatientMonths> reported = patients.stream().filter(p -> !p.months().isEmpty()).toList();
        int patientMonths = reported.stream().mapToInt(p -> p.months().size()).sum();
        return new Result(reported.size(), patientMonths,
                pair(reported, MonthFigures::homeNursingMinutes, Baseline::minutesPerMonth, 1),
                pair(reported, MonthFigures::homeNursingVisits, Baseline::visitsPerMonth, 1),
                pair(reported, MonthFigures::kadDays, Baseline::kadDays12Months, 12),
                pair(reported, MonthFigures::shortTermDays, Baseline::shortTermDays12Months, 12));
    }

    /**
     * @param baseline      the baseline figure (null: not recorded)
     * @param baselineMonths how many months the baseline figure covers (1 per month, 12 for the year before)
     */
    private static Pair pair(List<PatientMonths> patients, ToIntFunction<MonthFigures> figure,
                             Function<Baseline, Integer> baseline, int baselineMonths) {
        long sum = 0;
        long months = 0;
        long baselineSum = 0;
        long baselineWeight = 0;
        for (PatientMonths p : patients) {
            int n = p.months().size();
            sum += p.months().stream().mapToInt(figure).sum();
            months += n;
            Integer base = baseline.apply(p.baseline());
            if (base != null) {
                baselineSum += (long) base * n;
                baselineWeight += n;
            }
        }
        return new Pair(average(sum, months), average(baselineSum, baselineWeight * baselineMonths));
    }

    private static BigDecimal average(long sum, long count) {
        return count == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
    }
}
