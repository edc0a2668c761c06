package no.mila.dho.console.thresholds;

import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.threshold.domain.ChangeStatus;

/** The threshold pages' words in Norwegian: limits, statuses, and why a step was refused. */
final class ThresholdTexts {

    private ThresholdTexts() {
    }

    /** A limit of the API ({@code redLow}, {@code weightTrend.redGainKg}) as a reader says it. */
    static String limit(String name) {
        return switch (name) {
            case "redLow" -> "Rød, nedre";
            case "yellowLow" -> "Gul, nedre";
            case "yellowHigh" -> "Gul, øvre";
            case "redHigh" -> "Rød, øvre";
            case "yellowGainKg" -> "Gul vektøkning (kg)";
            case "redGainKg" -> "Rød vektøkning (kg)";
            case "windowDays" -> "Over antall dager";
            default -> name;
        };
    }

    /** A field of the API's difference ({@code SPO2.redLow}) as a reader says it. */
    static String field(String key) {
        int dot = key.indexOf('.');
        String group = dot < 0 ? key : key.substring(0, dot);
        String name = dot < 0 ? "" : key.substring(dot + 1);
        return group(group) + ": " + limit(name).toLowerCase(java.util.Locale.ROOT);
    }

    /** A measurement type's name ({@code SPO2}), or "Vekttrend" for the weight trend rule. */
    static String group(String group) {
        if ("weightTrend".equals(group)) {
            return "Vekttrend";
        }
        try {
            return MeasurementType.valueOf(group).nameNb();
        } catch (IllegalArgumentException e) {
            return group;
        }
    }

    static String status(ChangeStatus status) {
        return switch (status) {
            case PROPOSED -> "Foreslått, venter på forordning";
            case ORDERED -> "Forordnet, venter på kontroll";
            case VERIFIED -> "Kontrollert og i bruk";
            case REJECTED -> "Avvist";
            case WITHDRAWN -> "Trukket tilbake";
        };
    }

    /** A step of the trail. */
    static String step(ChangeStatus step) {
        return switch (step) {
            case PROPOSED -> "Foreslått";
            case ORDERED -> "Forordnet";
            case VERIFIED -> "Kontrollert";
            case REJECTED -> "Avvist";
            case WITHDRAWN -> "Trukket tilbake";
        };
    }


    /** Why the service refused a step, for the page (the service decided; this only says it in Norwegian). */
    static String refusal(ProblemType type) {
        return switch (type) {
            case FOUR_EYES_REQUIRED -> "En annen person må kontrollere: du har selv lagt inn eller forordnet disse "
                    + "verdiene.";
            case FORBIDDEN -> "Dette steget er ikke ditt: bare pasientens fastlege eller behandlende lege forordner, "
                    + "og bare den som foreslo eller forordnet kan trekke tilbake.";
            case ILLEGAL_TRANSITION -> "Endringen har en status som ikke tillater dette steget.";
            case CONCURRENT_MODIFICATION -> "Noen andre har endret dette i mellomtiden. Les siden på nytt og prøv "
                    + "igjen.";
            case NOT_IN_FOLLOW_UP -> "Pasienten er ikke i oppfølging: grenseverdier endres bare mens pasienten er "
                    + "tildelt et forløp.";
            case CHANGE_REQUEST_OPEN -> "Pasienten har allerede en åpen endring. Den må forordnes og kontrolleres, "
                    + "avvises eller trekkes tilbake før et nytt forslag.";
            case CONFLICT -> "Grenseverdiene i bruk er endret siden forslaget ble laget. Avvis det og foreslå på nytt.";
            case VALIDATION_FAILED -> "Noen verdier kan ikke brukes. Se feltene som er merket.";
            default -> "Handlingen kunne ikke utføres.";
        };
    }

    /** What is wrong with a group of limits the service named ({@code limits.SPO2}, {@code weightTrend}). */
    static String fieldProblem(String field) {
        String group = field.startsWith("limits.") ? field.substring("limits.".length()) : field;
        if ("weightTrend".equals(group)) {
            return "Vekttrend: gul økning må være over 0 og under rød økning, over 1–14 dager.";
        }
        try {
            MeasurementType type = MeasurementType.valueOf(group);
            return type.nameNb() + ": grensene må stige fra rød nedre til rød øvre, ligge innenfor "
                    + ConsoleFormat.number(type.possibleMin()) + "–" + ConsoleFormat.number(type.possibleMax()) + " "
                    + type.displayUnit() + ", og ha rød grense på den farlige siden.";
        } catch (IllegalArgumentException e) {
            return "Feltet " + field + " kan ikke brukes.";
        }
    }
}
