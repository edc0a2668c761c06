package no.mila.dho.survey.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The response rate (svarprosent): answers / invited, in per cent with one decimal, rounded half up. */
public final class ResponseRate {

    private ResponseRate() {
    }

    /** Empty when nobody was invited. */
    public static Optional<BigDecimal> percent(long answers, long invited) {
        if (invited <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(answers).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP));
    }
}
