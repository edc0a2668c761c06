package no.mila.dho.benefit.domain;

import java.time.YearMonth;

/**
 * What a coordinator reports of one patient's month: home nursing (hjemmesykepleie) minutes and visits, municipal
 * acute bed days (KAD, kommunalt akutt døgnopphold) and short-term stay days (korttidsopphold).
 */
public record MonthFigures(YearMonth month, int homeNursingMinutes, int homeNursingVisits, int kadDays,
                           int shortTermDays) {

    /** The most a month may hold: the same bounds as the baseline at allocation. */
    public static final int MAX_MINUTES = 50_000;
    public static final int MAX_VISITS = 1_000;

    /** Canonical JSON text of the figures, for the trail. */
    public String json() {
        return "{\"month\":\"" + month + "\",\"homeNursingMinutes\":" + homeNursingMinutes
                + ",\"homeNursingVisits\":" + homeNursingVisits + ",\"kadDays\":" + kadDays
                + ",\"shortTermDays\":" + shortTermDays + "}";
    }
}
