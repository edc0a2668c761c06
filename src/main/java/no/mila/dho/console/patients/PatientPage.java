package no.mila.dho.console.patients;

import java.util.List;

/**
 * What the patient page shows ({@code templates/console/patients/patient.html}): the registration and pathway state
 * with its trail and the equipment for everyone who may open the patient; the charts, reports, active plan for those
 * who see clinical data (nurses, the patient's physicians); the messages and the access log for the roles their APIs
 * serve (nurses). A section a role may not see is {@code null} or empty and not shown.
 */
public record PatientPage(String id, String name, List<Field> registration, Episode episode, List<Episode> episodes,
                          List<Equipment> equipment, Clinical clinical, List<Thread> threads, AccessLog accessLog) {

    /** A labelled value of the registration. */
    public record Field(String label, String value) {
    }

    /** A pathway episode: pathway, state, dates, and its trail oldest first. */
    public record Episode(String id, String pathway, String state, String stateCode, String started,
                          String plannedEnd, List<Step> trail) {
    }

    /** A state change of an episode. */
    public record Step(String at, String from, String to, String by, String reason) {
    }

    /** A device with the patient. */
    public record Equipment(String type, String serialNumber, String handedOut, String by, String returned) {
    }

    /** What only those who see clinical data see. */
    public record Clinical(int days, List<Period> periods, List<Chart> charts, Reports reports, Plan plan,
                           String planLink, String thresholdsLink) {
    }

    /** A choice of the charts' period ({@code ?dager=}). */
    public record Period(int days, String label, String href, boolean current) {
    }

    /** A page of the patient's reports (their alerts), newest first. */
    public record Reports(List<Report> items, long total, String previous, String next, int page, int pages) {
    }

    /** One report: when, its zone, its reasons, how it was handled. */
    public record Report(String at, String zone, String zoneLabel, List<String> reasons, String status,
                         String handledBy) {
    }

    /** The active self-management plan, read only, by zone ({@code null} fields: none approved). */
    public record Plan(boolean active, int version, String approved, List<String> goals, List<PlanZone> zones,
                       boolean draftInProgress) {
    }

    /** The advice of one zone of the plan. */
    public record PlanZone(String zone, String label, List<Advice> items) {
    }

    /** One advice item. */
    public record Advice(String category, String text) {
    }

    /** A message thread with the patient. */
    public record Thread(String subject, String startedBy, String startedAt, String lastMessageAt, long unread) {
    }

    /** The newest rows of the patient's access log. */
    public record AccessLog(List<Access> rows, long total) {
    }

    /** One access to the patient's data. */
    public record Access(String at, String who, String role, String action, String what, String outcome,
                         String reason) {
    }
}
