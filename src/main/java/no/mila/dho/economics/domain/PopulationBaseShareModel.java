package no.mila.dho.economics.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The long-term model (docs/pricing.md): the population-weighted base share. With actual cost {@code C} (the booked
 * expenses) and base share {@code b} per cent, municipality {@code i} pays
 * <pre>
 *   payment_i = C x b/100 x w_i / sum(w)  +  C x (1 - b/100) x r_i / sum(r)
 *   w_i = inhabitants_i x partnerMonths_i      r_i = the recipient-months counted for i
 * </pre>
 * The base share is shared by population (fair by population; a municipality joining in the year pays for the months
 * it was a partner); the rest is one equal price per counted recipient-month, {@code C x (1 - b/100) / sum(r)}, for
 * all (even payment per recipient; no target floor, so each extra recipient costs the same and inclusion is not
 * penalised). The payments add up to exactly {@code C}, so the host carries no surplus or deficit risk: the split is
 * done in whole øre by largest remainder ({@link Apportionment}).
 */
public final class PopulationBaseShareModel implements PriceModel {

    public static final String NAME = "befolkningsvektet-grunnandel";
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Langsiktig modell med befolkningsvektet grunnandel: en grunnandel b % av faktisk kostnad fordeles "
                + "etter innbyggertall (ganger måneder som partner i året); resten fordeles etter andelen telte "
                + "tjenestemottaker-måneder, med samme pris per tjenestemottaker-måned for alle. Summen er nøyaktig "
                + "kostnaden; øre fordeles etter største rest.";
    }

    @Override
    public List<String> missingInputs(YearData data) {
        List<String> missing = PriceModel.costAndRecipientsMissing(data);
        for (String municipality : data.municipalities()) {
            Long inhabitants = data.inhabitants().get(municipality);
            if (inhabitants == null || inhabitants <= 0) {
                missing.add("populations." + municipality);
            }
        }
        BigDecimal b = data.baseSharePercent();
        if (b.signum() < 0 || b.compareTo(BigDecimal.valueOf(100)) > 0 || b.stripTrailingZeros().scale() > 2) {
            missing.add("baseSharePercent");
        }
        return missing;
    }

    @Override
    public List<ModelPayment> compute(YearData data) {
        requireInputs(data);
        List<String> municipalities = List.copyOf(data.municipalities());
        BigInteger base = data.baseSharePercent().movePointRight(2).toBigIntegerExact();
        BigInteger rest = TEN_THOUSAND.subtract(base);
        List<BigInteger> w = municipalities.stream().map(m -> BigInteger.valueOf(data.inhabitants().get(m))
                .multiply(BigInteger.valueOf(data.partnerMonths().getOrDefault(m, 12)))).toList();
        List<BigInteger> r = municipalities.stream().map(m -> BigInteger.valueOf(data.recipientMonths(m))).toList();
        BigInteger sumW = w.stream().reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger sumR = r.stream().reduce(BigInteger.ZERO, BigInteger::add);
        // share_i = C x (base x w_i x sumR + rest x r_i x sumW) / (10000 x sumW x sumR): whole-number weights
        List<BigInteger> weights = new ArrayList<>();
        for (int i = 0; i < municipalities.size(); i++) {
            weights.add(base.multiply(w.get(i)).multiply(sumR).add(rest.multiply(r.get(i)).multiply(sumW)));
        }
        List<no.mila.dho.shared.money.Nok> parts = Apportionment.split(data.actualCost(), weights);
        List<ModelPayment> payments = new ArrayList<>();
        for (int i = 0; i < municipalities.size(); i++) {
            payments.add(new ModelPayment(municipalities.get(i), r.get(i).longValueExact(), parts.get(i)));
        }
        return payments;
    }
}
