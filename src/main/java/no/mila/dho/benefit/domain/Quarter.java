package no.mila.dho.benefit.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** A quarter of a year (kvartal): 1 is January-March, 4 October-December. */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(YearMonth month) {
        return of(month.atDay(1));
    }

    /** The three months, in order. */
    public List<YearMonth> months() {
        YearMonth first = YearMonth.of(year, (number - 1) * 3 + 1);
        return IntStream.range(0, 3).mapToObj(first::plusMonths).toList();
    }

    public LocalDate firstDay() {
        return months().get(0).atDay(1);
    }

    public LocalDate lastDay() {
        return months().get(2).atEndOfMonth();
    }

    public boolean contains(YearMonth month) {
        return months().contains(month);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** The four quarters of a year. */
    public static List<Quarter> ofYear(int year) {
        return IntStream.rangeClosed(1, 4).mapToObj(q -> new Quarter(year, q)).toList();
    }

    /** {@code "2026-K2"}, the Norwegian short form. */
    public String label() {
        return year + "-K" + number;
    }
}
