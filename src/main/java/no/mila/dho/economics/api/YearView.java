package no.mila.dho.economics.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.mila.dho.economics.application.YearSettings;
import no.mila.dho.economics.domain.YearParameters;
import no.mila.dho.shared.money.Nok;

/** A year's parameters, with the version to send back when changing them. */
public record YearView(int year, BigDecimal riskMarkupPercent, int recipientsPerNurse, BigDecimal startUpDays,
                       BigDecimal nurseDayCost, LocalDate targetsDue, int secondHalfFromMonth,
                       LocalDate secondHalfDue, BigDecimal baseSharePercent, long version) {

    static YearView of(YearSettings s) {
        YearParameters p = s.parameters();
        return new YearView(p.year(), p.riskMarkupPercent(), p.recipientsPerNurse(), p.startUpDays(),
                p.nurseDayCost().map(Nok::amount).orElse(null), p.targetsDue(), p.secondHalfFromMonth(),
                p.secondHalfDue(), s.baseSharePercent(), p.version());
    }
}
