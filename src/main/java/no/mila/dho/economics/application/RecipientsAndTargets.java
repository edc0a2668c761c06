package no.mila.dho.economics.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The two figures every price model and settlement starts from, per municipality and month of a year: the recipients
 * counted from the pathway episodes by the counting rule (docs/economics.md) and the target (måltall) in force.
 * Implemented by the recipients-and-targets part of this feature; the price models read only this.
 */
public interface RecipientsAndTargets {

    /**
     * Every partner municipality of the year (active on any day of it) and each of the 12 months, ordered by
     * municipality number and month; months before a municipality joined count 0 recipients and have no target.
     */
    List<MunicipalityMonth> ofYear(int year);

    /** @param target empty where none was entered for that month */
    record MunicipalityMonth(String municipality, YearMonth month, int recipients, Optional<Integer> target) {
    }
}
