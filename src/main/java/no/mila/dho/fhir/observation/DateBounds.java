package no.mila.dho.fhir.observation;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * A FHIR date search ({@code ge}, {@code gt}, {@code le}, {@code lt}, {@code eq}, {@code sa}, {@code eb}) as a
 * half-open interval [from, before) of instants. A value stands for the whole period of its precision: a date
 * without a time (or a year, a month) is that period in Europe/Oslo, the service's calendar; so {@code ge2026-03-01}
 * starts at 00:00 Oslo time, {@code le2026-03-01} ends at 24:00. {@code ne} and {@code ap} are refused (400).
 */
record DateBounds(Instant from, Instant before) {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final DateBounds OPEN = new DateBounds(null, null);

    static DateBounds of(DateRangeParam range, String name) {
        if (range == null || range.isEmpty()) {
            return OPEN;
        }
        Instant from = null;
        Instant before = null;
        for (DateParam p : range.getValuesAsQueryTokens()) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            Instant start = start(p);
            Instant end = end(p, start);
            ParamPrefixEnum prefix = p.getPrefix() == null ? ParamPrefixEnum.EQUAL : p.getPrefix();
            switch (prefix) {
                case EQUAL -> {
                    from = later(from, start);
                    before = earlier(before, end);
                }
                case GREATERTHAN_OR_EQUALS -> from = later(from, start);
                case GREATERTHAN, STARTS_AFTER -> from = later(from, end);
                case LESSTHAN_OR_EQUALS -> before = earlier(before, end);
                case LESSTHAN, ENDS_BEFORE -> before = earlier(before, start);
                default -> throw new InvalidRequestException(name + ": the prefix " + prefix.getValue()
                        + " is not supported (use eq, ge, gt, le, lt, sa or eb)");
            }
        }
        return new DateBounds(from, before);
    }

    private static Instant start(DateParam p) {
        String text = p.getValueAsString();
        TemporalPrecisionEnum precision = p.getPrecision();
        return switch (precision) {
            case YEAR -> LocalDate.of(Integer.parseInt(text.substring(0, 4)), 1, 1).atStartOfDay(OSLO).toInstant();
            case MONTH -> YearMonth.parse(text.substring(0, 7)).atDay(1).atStartOfDay(OSLO).toInstant();
            case DAY -> LocalDate.parse(text.substring(0, 10)).atStartOfDay(OSLO).toInstant();
            default -> p.getValue().toInstant();
        };
    }

    private static Instant end(DateParam p, Instant start) {
        return switch (p.getPrecision()) {
            case YEAR -> start.atZone(OSLO).plusYears(1).toInstant();
            case MONTH -> start.atZone(OSLO).plusMonths(1).toInstant();
            case DAY -> start.atZone(OSLO).plusDays(1).toInstant();
            case MINUTE -> start.plusSeconds(60);
            case SECOND -> start.plusSeconds(1);
            default -> start.plusMillis(1);
        };
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
