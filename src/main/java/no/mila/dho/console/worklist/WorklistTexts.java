package no.mila.dho.console.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.worklist.domain.Level;
import no.mila.dho.worklist.domain.TaskType;

/** The worklist's words in Norwegian (bokmål) and its dates ({@code dd.MM.yyyy HH:mm}, Europe/Oslo). */
final class WorklistTexts {

    static final ZoneId OSLO = ConsoleFormat.OSLO;

    /** An option of a select: its value and its label. */
    record Option(String value, String label) {
    }

    private WorklistTexts() {
    }

    static String dateTime(Instant at) {
        return ConsoleFormat.dateTime(at);
    }

    static String date(LocalDate day) {
        return ConsoleFormat.date(day);
    }

    static String time(Instant at) {
        return ConsoleFormat.time(at);
    }

    static String level(Level level) {
        return switch (level) {
            case RED -> "Rød";
            case MESSAGE -> "Melding";
            case YELLOW -> "Gul";
            case TASK -> "Oppgave";
            case GREEN -> "Grønn";
        };
    }

    static String taskType(TaskType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case WEEKLY_CONTACT -> "Ukentlig kontakt (de to første ukene)";
            case GOAL_CONVERSATION -> "Målsamtale (dag 14)";
            case THRESHOLD_REVIEW -> "Gjennomgang av grenseverdiene etter baseline";
            case MONTHLY_CONTACT -> "Månedlig kontakt";
            case NO_REPORTS -> "Ingen rapport de siste 14 dagene";
            case PERSISTENTLY_YELLOW -> "Gul flere dager på rad: kontakt legen";
            case MEASURE_DAILY -> "Daglig måling til grønn: en dag mangler";
            case CONTROL_MEASUREMENT -> "Kontrollmåling: sjekk at den kom";
            case DEVICE_CHECK_VISIT -> "Besøk for å sjekke utstyret";
        };
    }

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case ACKNOWLEDGED_WITHOUT_CONTACT -> "Kvittert uten kontakt";
            case PATIENT_CONTACTED -> "Pasienten kontaktet";
            case ADVISED_FROM_PLAN -> "Rådet etter egenbehandlingsplanen";
            case GP_CONTACTED -> "Fastlegen kontaktet";
            case SPECIALIST_CONTACTED -> "Spesialisthelsetjenesten kontaktet";
            case BROUGHT_TO_SPECIALIST_MEETING -> "Tatt opp i spesialistmøtet";
            case OTHER -> "Annet";
        };
    }

    static String measurement(String type) {
        return Arrays.stream(MeasurementType.values()).filter(t -> t.name().equals(type)).findFirst()
                .map(MeasurementType::nameNb).orElse(type);
    }

    static List<Option> outcomes() {
        return Arrays.stream(Outcome.values()).map(o -> new Option(o.name(), outcome(o))).toList();
    }

    static List<Option> taskTypes() {
        return Arrays.stream(TaskType.values()).map(t -> new Option(t.name(), taskType(t))).toList();
    }

    static List<Option> zones() {
        return List.of(new Option("RED", "Rød"), new Option("YELLOW", "Gul"), new Option("GREEN", "Grønn"));
    }

    static List<Option> assignments() {
        return List.of(new Option("ME", "Mine"), new Option("UNASSIGNED", "Ikke tatt"));
    }

    /** What the page says after a form action ({@code ?ok=}), or null. */
    static String notice(String ok, Integer acknowledged, Integer skipped) {
        if (ok == null) {
            return null;
        }
        return switch (ok) {
            case "tatt" -> "Du har tatt saken. Lukk den med utfall og notat når du er ferdig.";
            case "frigitt" -> "Saken er lagt tilbake i listen.";
            case "overtatt" -> "Du har overtatt saken.";
            case "lukket" -> "Saken er lukket.";
            case "kvittert" -> (acknowledged == null ? 0 : acknowledged) + " grønne meldinger er kvittert ut."
                    + (skipped == null || skipped == 0 ? ""
                    : " " + skipped + " ble ikke kvittert ut (for eksempel åpen melding fra fastlegen eller allerede"
                    + " behandlet): se på dem én for én.");
            default -> null;
        };
    }
}
