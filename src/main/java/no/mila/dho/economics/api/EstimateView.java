package no.mila.dho.economics.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.mila.dho.economics.domain.PriceEstimate;
import no.mila.dho.municipality.domain.Municipality;

/** The 2025 model's estimate before a year (docs/pricing.md): price, staffing and each municipality's payment. */
public record EstimateView(int year, BigDecimal estimatedTotalCost, long estimatedRecipientMonths,
                           BigDecimal averageCostPerRecipientMonth, BigDecimal riskMarkupPercent,
                           BigDecimal riskMarkup, BigDecimal estimatedPricePerRecipientMonth, Staffing staffing,
                           List<Payment> municipalities, BigDecimal totalEstimatedPayment) {

    /** Full-time nurses (årsverk) the targets need, per month and on average. */
    public record Staffing(int recipientsPerNurse, List<Month> months, BigDecimal averageNurses) {
    }

    /** One month's targets of all municipalities and the nurses they need. */
    public record Month(YearMonth month, int targets, BigDecimal nurses) {
    }

    /** A municipality's estimated payment: the price times its target months. */
    public record Payment(String municipality, String name, long targetMonths, BigDecimal estimatedPayment) {
    }

    static EstimateView of(PriceEstimate e, BigDecimal markupPercent, int recipientsPerNurse,
                           Map<String, Municipality> names, Predicate<String> visible) {
        return new EstimateView(e.year(), e.totalCost().amount(), e.targetMonths(), e.averageCost().amount(),
                markupPercent, e.riskMarkup().amount(), e.price().amount(),
                new Staffing(recipientsPerNurse, e.staffing().stream()
                        .map(s -> new Month(s.month(), s.targets(), s.nurses())).toList(), e.averageNurses()),
                e.payments().stream().filter(p -> visible.test(p.municipality()))
                        .map(p -> new Payment(p.municipality(), Visibility.name(names, p.municipality()),
                                p.targetMonths(), p.amount().amount())).toList(),
                e.totalPayment().amount());
    }
}
