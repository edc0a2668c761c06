package no.mila.dho.economics.domain;

import java.util.Optional;
import no.mila.dho.shared.money.Nok;

/** What one municipality pays for a year by one {@link PriceModel}, beside its counted recipient-months. */
public record ModelPayment(String municipality, long recipientMonths, Nok payment) {

    /** The payment over the counted recipient-months, rounded to the øre, half up; empty where none were counted. */
    public Optional<Nok> perRecipientMonth() {
        return recipientMonths == 0 ? Optional.empty() : Optional.of(payment.dividedBy(recipientMonths));
    }
}
