package no.mila.dho.console.patients;

import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.messaging.domain.Author;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.plan.domain.AdviceCategory;

/** The patient pages' Norwegian words for what the features answer as codes. */
final class PatientTexts {

    private PatientTexts() {
    }

    static String state(EpisodeState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case REFERRED -> "Henvist";
            case ASSESSED -> "Vurdert";
            case ACTIVE_BASELINE -> "Tildelt (baseline)";
            case ACTIVE -> "Aktiv oppfølging";
            case PAUSED -> "Pause";
            case ENDED -> "Avsluttet";
        };
    }


    static String action(AccessAction action) {
        return switch (action) {
            case READ -> "Lest";
            case CREATE -> "Opprettet";
            case UPDATE -> "Endret";
            case SEARCH -> "Søkt";
        };
    }

    static String outcome(AccessOutcome outcome) {
        return switch (outcome) {
            case ALLOWED -> "Tillatt";
            case DENIED -> "Avvist";
            case FAILED -> "Feilet";
        };
    }

    static String handling(HandlingStatus status) {
        return switch (status) {
            case OPEN -> "Åpen";
            case CLAIMED -> "Under behandling";
            case CLOSED -> "Behandlet";
        };
    }

    static String author(Author author) {
        return switch (author) {
            case PATIENT -> "Pasienten";
            case SERVICE -> "Oppfølgingstjenesten";
            case AUTOMATIC -> "Automatisk svar";
        };
    }

    static String category(AdviceCategory category) {
        return switch (category) {
            case ACTIVITY -> "Aktivitet";
            case MEDICATION -> "Medisiner";
            case NUTRITION -> "Ernæring";
            case SMOKING_CESSATION -> "Røykeslutt";
            case BREATHING_TECHNIQUE -> "Pusteteknikk";
            case MUCUS_CLEARING -> "Slimmobilisering";
            case WHEN_TO_CALL -> "Når du skal ringe";
        };
    }

    /** The zone of a plan's advice, as the patient's plan names it. */
    static String planZone(Zone zone) {
        return switch (zone) {
            case GREEN -> "Grønn sone: når du har det som vanlig";
            case YELLOW -> "Gul sone: når du merker endring";
            case RED -> "Rød sone: når du blir verre";
        };
    }
}
