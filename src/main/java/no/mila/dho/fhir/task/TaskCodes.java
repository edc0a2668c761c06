package no.mila.dho.fhir.task;

import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.worklist.domain.TaskType;

/**
 * This service's code systems of {@code Task}, with the Norwegian displays the nurses see: the kind of task
 * ({@value #TASK_KIND}: the worklist's cadence task types, and {@value #HANDLE_ALERT} for handling an alert), how it
 * was closed ({@value #OUTCOME}: the names of {@link Outcome}) and its business status ({@value #BUSINESS_STATUS}:
 * {@value #OVERDUE}, due before today and not done).
 */
public final class TaskCodes {

    public static final String TASK_KIND = "urn:mila:dho:task-kind";
    public static final String HANDLE_ALERT = "HANDLE_ALERT";
    public static final String OUTCOME = "urn:mila:dho:handling-outcome";
    public static final String BUSINESS_STATUS = "urn:mila:dho:task-business-status";
    public static final String OVERDUE = "overdue";
    public static final String OVERDUE_DISPLAY = "Forfalt";

    /** The FHIR id of the task of handling alert {@code alertId}. */
    public static final String ALERT_PREFIX = "alert-";

    private TaskCodes() {
    }

    public static String display(TaskType type) {
        return switch (type) {
            case WEEKLY_CONTACT -> "Ukentlig kontakt med ny pasient";
            case GOAL_CONVERSATION -> "Målsamtale";
            case THRESHOLD_REVIEW -> "Gjennomgang av terskelverdier";
            case MONTHLY_CONTACT -> "Månedlig kontakt";
            case NO_REPORTS -> "Ingen målinger på 14 dager";
            case PERSISTENTLY_YELLOW -> "Vedvarende gul";
            case MEASURE_DAILY -> "Daglig måling uteblitt";
            case CONTROL_MEASUREMENT -> "Kontrollmåling bedt om";
            case DEVICE_CHECK_VISIT -> "Hjemmebesøk for kontroll av utstyr";
        };
    }

    public static String alertDisplay() {
        return "Håndter varsel";
    }

    public static String display(Outcome outcome) {
        return switch (outcome) {
            case ACKNOWLEDGED_WITHOUT_CONTACT -> "Kvittert ut uten kontakt";
            case PATIENT_CONTACTED -> "Pasienten kontaktet";
            case ADVISED_FROM_PLAN -> "Veiledet etter egenbehandlingsplanen";
            case GP_CONTACTED -> "Fastlegen kontaktet";
            case SPECIALIST_CONTACTED -> "Spesialist kontaktet";
            case BROUGHT_TO_SPECIALIST_MEETING -> "Tatt opp i tverrfaglig møte";
            case OTHER -> "Annet";
        };
    }
}
