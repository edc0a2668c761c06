package no.mila.dho.plan.domain;

import no.mila.dho.measurement.domain.Zone;

/** What the patient reads above their plan's advice (Norwegian). */
public final class PlanTexts {

    private PlanTexts() {
    }

    public static String intro(Zone zone) {
        return switch (zone) {
            case GREEN -> "Du er i grønn sone. Dette sier egenbehandlingsplanen din:";
            case YELLOW -> "Du er i gul sone. Gjør dette, slik egenbehandlingsplanen din sier:";
            case RED -> "Du er i rød sone. Gjør dette, slik egenbehandlingsplanen din sier:";
        };
    }
}
