package no.mila.dho.economics.domain;

import java.util.List;

/**
 * The 2025 model as a {@link PriceModel}: each municipality pays the actual cost per recipient-month times its
 * billable recipient-months, month by month ({@link Settlement}; start-up fees are not part of the comparison).
 */
public final class PriceModel2025 implements PriceModel {

    public static final String NAME = "2025";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Tjenesteprismodellen for 2025: pris per tjenestemottaker-måned = regnskapsførte utgifter / "
                + "alle telte tjenestemottaker-måneder (avrundet til øre); hver kommune betaler prisen ganger, "
                + "måned for måned, faktiske tjenestemottakere, eller måltallet der den hadde færre.";
    }

    @Override
    public List<String> missingInputs(YearData data) {
        List<String> missing = PriceModel.costAndRecipientsMissing(data);
        return missing;
    }

    @Override
    public List<ModelPayment> compute(YearData data) {
        requireInputs(data);
        return Settlement.of(data.year(), data.actualCost(), data.months(), List.of()).invoices().stream()
                .map(i -> new ModelPayment(i.municipality(), i.recipientMonths(), i.amount())).toList();
    }
}
