package no.mila.dho.economics.api;

import java.util.List;
import no.mila.dho.economics.application.RecipientCounts;
import no.mila.dho.economics.domain.RecipientRule;

/**
 * The recipients report: the counting rule in force and, per municipality, the 12 months (recipients, target or
 * null) and the year's recipient-months (the sum of the months' recipients).
 */
public record RecipientsView(int year, Rule rule, List<MunicipalityRecipients> municipalities) {

    /** The counting rule: the states counted, whether paused days count, the followed days needed in a month. */
    public record Rule(List<String> states, boolean pausedCounts, int minimumDays) {
        static Rule of(RecipientRule rule) {
            return new Rule(rule.countedStates(), rule.pausedCounts(), rule.minimumDays());
        }
    }

    public record MunicipalityRecipients(String municipality, String name, List<Month> months, int recipientMonths) {
    }

    /** {@code month} as {@code 2027-03}; {@code target} null where none. */
    public record Month(String month, int recipients, Integer target) {
    }

    static RecipientsView of(int year, RecipientRule rule, List<RecipientCounts.MunicipalityYear> counts) {
        return new RecipientsView(year, Rule.of(rule), counts.stream().map(m -> new MunicipalityRecipients(
                m.municipality(), m.name(), m.months().stream().map(f -> new Month(f.month().toString(),
                f.recipients(), f.target().orElse(null))).toList(), m.recipientMonths())).toList());
    }
}
