package no.mila.dho.architecture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which feature owns which table (ADR 0008, docs/architecture.md). Only the owner's {@code persistence} package
 * may name a table in SQL or map it as an entity; others ask the owner's {@code application} interface, or
 * read one of the owner's published views ({@code *_view}, whose owner is the feature named in the
 * {@code -- Published by the <feature> feature} comment above its {@code CREATE VIEW}). A new table must be
 * added here, or {@link SqlOwnershipTest} fails.
 */
final class TableOwnership {

    /** Feature -> the tables it owns. */
    static final Map<String, List<String>> TABLES_BY_FEATURE = new LinkedHashMap<>();

    static {
        TABLES_BY_FEATURE.put("audit", List.of("access_log"));
        TABLES_BY_FEATURE.put("outbox", List.of("outgoing_message", "message_recipient", "message_recipient_change",
                "outbox_inbox"));
        TABLES_BY_FEATURE.put("municipality", List.of("municipality"));
        TABLES_BY_FEATURE.put("patient", List.of("patient", "episode", "episode_transition", "equipment", "pathway",
                "pathway_equipment", "inclusion_criterion", "assessment_answer", "hospital_department",
                "patient_physician_change", "consent_change", "meeting_access"));
        TABLES_BY_FEATURE.put("measurement", List.of("report", "measurement", "symptom_answer", "questionnaire",
                "symptom_question", "symptom_option"));
        TABLES_BY_FEATURE.put("threshold", List.of("threshold_set", "threshold_limit", "pathway_measurement",
                "threshold_change_request", "threshold_change_limit", "threshold_change_step"));
        TABLES_BY_FEATURE.put("alert", List.of("alert"));
        TABLES_BY_FEATURE.put("plan", List.of("care_plan", "care_plan_item", "plan_template", "plan_template_item",
                "goal_conversation"));
        TABLES_BY_FEATURE.put("messaging", List.of("message_thread", "patient_message"));
        TABLES_BY_FEATURE.put("worklist", List.of("follow_up_task", "cadence_check", "gp_message_flag",
                "specialist_meeting_item", "worklist_event"));
        TABLES_BY_FEATURE.put("collaboration", List.of("day_14_summary"));
        TABLES_BY_FEATURE.put("economics", List.of("economics_year", "economics_year_change", "economics_budget",
                "economics_budget_line", "economics_expense", "economics_population", "economics_population_change",
                "economics_target", "economics_target_change"));
    }

    private TableOwnership() {
    }

    /** Table -> its owning feature. */
    static Map<String, String> ownerByTable() {
        Map<String, String> owners = new LinkedHashMap<>();
        TABLES_BY_FEATURE.forEach((feature, tables) -> tables.forEach(t -> owners.put(t, feature)));
        return owners;
    }
}
