package no.mila.dho.fhir.careplan;

import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;

/**
 * The code systems of the self-management plan as a FHIR {@code CarePlan} (local systems: no national code system
 * names the plan's zones or its kinds of advice), with their Norwegian displays.
 */
public final class CarePlanCodes {

    /** The id of one stored plan version (the {@code care_plan} row), as the CarePlan's identifier. */
    public static final String PLAN_VERSION = "urn:mila:dho:care-plan-version";
    /** The zone (traffic light) an activity belongs to. */
    public static final String ZONE = "urn:mila:dho:plan-zone";
    /** What an item of advice is about. */
    public static final String ADVICE_CATEGORY = "urn:mila:dho:plan-advice-category";

    public static final String TITLE = "Egenbehandlingsplan";
    public static final String GOALS_QUESTION = "Hva er viktig for deg?";

    private CarePlanCodes() {
    }

    public static String zoneDisplay(Zone zone) {
        return switch (zone) {
            case GREEN -> "Grønn sone";
            case YELLOW -> "Gul sone";
            case RED -> "Rød sone";
        };
    }

    public static String categoryDisplay(AdviceCategory category) {
        return switch (category) {
            case ACTIVITY -> "Aktivitet";
            case MEDICATION -> "Medisiner";
            case NUTRITION -> "Kosthold";
            case SMOKING_CESSATION -> "Røykeslutt";
            case BREATHING_TECHNIQUE -> "Pusteteknikk";
            case MUCUS_CLEARING -> "Slimmobilisering";
            case WHEN_TO_CALL -> "Når du skal ringe";
        };
    }
}
