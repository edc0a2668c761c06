package no.mila.dho.economics.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.mila.dho.economics.application.Pricing;
import no.mila.dho.economics.domain.ModelPayment;
import no.mila.dho.economics.domain.PriceModel;
import no.mila.dho.shared.money.Nok;

/**
 * The price models side by side on the same year's actual cost and counted recipients: per municipality its
 * recipient-months and, per model (by name), its payment and payment per recipient-month.
 */
public record ComparisonView(int year, boolean preliminary, BigDecimal actualCost, BigDecimal baseSharePercent,
                             List<Model> models, List<Row> municipalities) {

    /** A model: its name, its formula in Norwegian, and what it collects in all. */
    public record Model(String name, String description, BigDecimal total) {
    }

    /** One municipality: its counted recipient-months and each model's payment. */
    public record Row(String municipality, String name, long recipientMonths, Map<String, Payment> payments) {
    }

    /** What a model makes a municipality pay; {@code perRecipientMonth} null where no recipients were counted. */
    public record Payment(BigDecimal payment, BigDecimal perRecipientMonth) {
    }

    static ComparisonView of(Pricing.Comparison c, Predicate<String> visible) {
        List<Model> models = Pricing.MODELS.stream().map(m -> new Model(m.name(), m.description(),
                c.payments().get(m.name()).stream().map(ModelPayment::payment).reduce(Nok.ZERO, Nok::plus).amount()))
                .toList();
        List<Row> rows = c.data().municipalities().stream().filter(visible).map(number -> {
            Map<String, Payment> payments = new LinkedHashMap<>();
            for (PriceModel m : Pricing.MODELS) {
                c.payments().get(m.name()).stream().filter(p -> p.municipality().equals(number)).findFirst()
                        .ifPresent(p -> payments.put(m.name(), new Payment(p.payment().amount(),
                                p.perRecipientMonth().map(Nok::amount).orElse(null))));
            }
            return new Row(number, Visibility.name(c.municipalities(), number), c.data().recipientMonths(number),
                    payments);
        }).toList();
        return new ComparisonView(c.data().year(), c.preliminary(), c.data().actualCost().amount(),
                c.data().baseSharePercent(), models, rows);
    }
}
