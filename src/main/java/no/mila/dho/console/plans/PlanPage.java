package no.mila.dho.console.plans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.application.PlanRecord;
import no.mila.dho.plan.application.PlanVersion;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.plan.domain.PlanTexts;

/**
 * A patient's plan page: the versions, the active plan and the draft by zone, what the signed-in person may do with
 * them ({@code approver}: the patient's GP or responsible physician, as PatientAccess answers; {@code medication}:
 * may edit medication items), and a notice or a refusal.
 */
record PlanPage(String patientId, String patientName, List<VersionRow> versions, Plan active, Plan draft,
                boolean approver, boolean medication, List<Category> categories, List<Category> newCategories,
                String message, String done) {

    /**
     * An advice category for the forms' selects: {@code categories} for existing items (never medication: a
     * medication item stays one), {@code newCategories} for a new item (medication only for a physician).
     */
    record Category(String value, String label) {
    }

    /** A row of the versions table. */
    record VersionRow(String id, int planVersion, String status, String statusLabel, String draftedAt,
                      String draftedBy, String approvedAt, String approvedBy, String supersededAt, boolean printable) {

        static VersionRow of(PlanVersion p) {
            return new VersionRow(p.id().toString(), p.versionNo(), p.status().name(), PlanWords.status(p.status()),
                    ConsoleFormat.dateTime(p.draftedAt()), nonNull(p.draftedByName()),
                    ConsoleFormat.dateTime(p.approvedAt()), nonNull(p.approvedByName()),
                    ConsoleFormat.dateTime(p.supersededAt()), p.status() != PlanStatus.DISCARDED);
        }
    }

    /** One plan version with its goals and its zones in order (every zone, empty or not). */
    record Plan(String id, int planVersion, long version, String status, String statusLabel, List<String> goals,
                String goalsText, List<ZoneView> zones, String approvedAt, String approvedBy, String approvedByHpr,
                String changedAt, String changedBy, boolean fromTemplate, boolean templateProvisional) {

        static Plan of(PlanRecord record) {
            PlanVersion p = record.plan();
            List<ZoneView> zones = new ArrayList<>();
            for (Zone zone : Zone.values()) {
                List<ItemView> items = new ArrayList<>();
                for (PlanItem item : record.items()) {
                    if (item.zone() == zone) {
                        items.add(ItemView.of(item, zone, items.size()));
                    }
                }
                String label = PlanWords.zone(zone);
                zones.add(new ZoneView(zone.name(), label, label.toLowerCase(Locale.ROOT), PlanWords.shape(zone),
                        PlanTexts.intro(zone), items));
            }
            List<String> goals = p.goals() == null ? List.of() : p.goals();
            return new Plan(p.id().toString(), p.versionNo(), p.version(), p.status().name(),
                    PlanWords.status(p.status()), goals, String.join("\n", goals), zones,
                    ConsoleFormat.dateTime(p.approvedAt()), nonNull(p.approvedByName()), nonNull(p.approvedByHpr()),
                    ConsoleFormat.dateTime(p.lastChangedAt()), nonNull(p.lastChangedByName()),
                    p.basedOnPlanId() == null, Boolean.TRUE.equals(record.templateProvisional()));
        }

        public boolean approved() {
            return PlanStatus.valueOf(status).isApproved();
        }
    }

    /** A zone of a plan: its name, shape, what the patient reads above its advice, and its items in order. */
    record ZoneView(String zone, String label, String lower, String shape, String intro, List<ItemView> items) {
    }

    /**
     * One advice item; {@code prefix} names its form fields uniquely ({@code item-YELLOW-0}); {@code patientText} is
     * what the patient reads (a medication item with drug, dose, start and stop).
     */
    record ItemView(String prefix, String id, String category, String categoryLabel, String text, String drug,
                    String dose, String start, String stop, boolean medicationItem, String patientText) {

        static ItemView of(PlanItem i, Zone zone, int index) {
            return new ItemView("item-" + zone.name() + "-" + index, i.key(), i.category().name(),
                    PlanWords.category(i.category()), nonNull(i.text()), nonNull(i.drug()), nonNull(i.dose()),
                    nonNull(i.start()), nonNull(i.stop()), i.isMedication(), i.patientText());
        }
    }

    /** The categories a form offers: every one but medication, which only a physician's new item offers. */
    static List<Category> categories(boolean withMedication) {
        return Arrays.stream(AdviceCategory.values())
                .filter(c -> withMedication || c != AdviceCategory.MEDICATION)
                .map(c -> new Category(c.name(), PlanWords.category(c))).toList();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
