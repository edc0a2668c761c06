package no.mila.dho.economics.api;

import no.mila.dho.shared.problem.ProblemException;

/** The years the economics take: 2020-2100 (as the tables' checks). */
final class Years {

    private Years() {
    }

    /** @throws ProblemException 400 naming {@code year} */
    static int checked(int year) {
        if (year < 2020 || year > 2100) {
            throw ProblemException.invalid("year", "must be a year from 2020 to 2100");
        }
        return year;
    }
}
