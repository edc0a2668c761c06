package no.mila.dho.collaboration.domain;

import java.time.LocalDate;
import no.mila.dho.patient.domain.EpisodeState;

/**
 * When the day-14 summary goes to the GP: once per episode, from day 14 of the baseline (the start date is day 0, so
 * the 14 days of measurements are complete), once the goal conversation is recorded, and only where the GP is the
 * responsible physician (a hospital specialist responsible for the patient sets the thresholds with the follow-up
 * service directly).
 */
public final class Day14Rule {

    /** What the job does with an episode that is due. */
    public enum Outcome { SENT, NOT_GP_RESPONSIBLE, NO_GP }

    private Day14Rule() {
    }

    /** The last start date whose baseline is complete on {@code today}. */
    public static LocalDate startedBy(LocalDate today) {
        return today.minusDays(EpisodeState.BASELINE_DAYS);
    }

    /** The first day after the baseline of an episode that started on {@code start}. */
    public static LocalDate baselineEnd(LocalDate start) {
        return start.plusDays(EpisodeState.BASELINE_DAYS);
    }

    /**
     * SENT where the GP is responsible: no other responsible physician is registered, or it is the GP; NO_GP when
     * then no GP is registered; NOT_GP_RESPONSIBLE when another physician is responsible.
     */
    public static Outcome decide(String gpHpr, String responsiblePhysicianHpr) {
        boolean gpRegistered = gpHpr != null && !gpHpr.isBlank();
        if (responsiblePhysicianHpr != null && !responsiblePhysicianHpr.isBlank()
                && !responsiblePhysicianHpr.equals(gpHpr)) {
            return Outcome.NOT_GP_RESPONSIBLE;
        }
        return gpRegistered ? Outcome.SENT : Outcome.NO_GP;
    }
}
