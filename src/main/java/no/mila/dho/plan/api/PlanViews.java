package no.mila.dho.plan.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.application.PlanRecord;
import no.mila.dho.plan.application.PlanVersion;
import no.mila.dho.plan.application.TemplateRecord;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanStatus;

/** What the plan endpoints answer. */
public final class PlanViews {

    private PlanViews() {
    }

    /** One advice item; {@code id} keeps it across edits and versions (send it back to keep the item). */
    public record ItemView(String id, AdviceCategory category, String text, String drug, String dose, String start,
                           String stop) {

        static ItemView of(PlanItem i) {
            return new ItemView(i.key(), i.category(), i.text(), i.drug(), i.dose(), i.start(), i.stop());
        }
    }

    /** Who did a step. */
    public record Person(String subject, String name, String role, String hpr) {
    }

    /**
     * One version of a patient's plan. {@code planVersion} numbers the versions; {@code version} is the
     * optimistic-locking version to send with the next change of a draft.
     */
    public record PlanView(UUID id, UUID patientId, int planVersion, PlanStatus status, long version, List<String> goals,
                           Map<Zone, List<ItemView>> zones, UUID templateId, Integer templateVersion,
                           Boolean templateProvisional, UUID basedOnPlanId, Person draftedBy, Instant draftedAt,
                           Person lastChangedBy, Instant lastChangedAt, Person approvedBy, Instant approvedAt,
                           List<String> sharedWith, Instant supersededAt) {

        static PlanView of(PlanRecord record) {
            PlanVersion p = record.plan();
            return new PlanView(p.id(), p.patientId(), p.versionNo(), p.status(), p.version(), p.goals(),
                    PlanViews.zones(record.items()), p.templateId(), record.templateVersion(),
                    record.templateProvisional(), p.basedOnPlanId(),
                    new Person(p.draftedBySubject(), p.draftedByName(), p.draftedByRole(), null), p.draftedAt(),
                    new Person(p.lastChangedBySubject(), p.lastChangedByName(), null, null), p.lastChangedAt(),
                    p.approvedBySubject() == null ? null
                            : new Person(p.approvedBySubject(), p.approvedByName(), "physician", p.approvedByHpr()),
                    p.approvedAt(), p.sharedWith(), p.supersededAt());
        }
    }

    /** A version in the list of a patient's plan versions. */
    public record PlanSummary(UUID id, int planVersion, PlanStatus status, Instant draftedAt, String draftedBy,
                              Instant approvedAt, String approvedBy, Instant supersededAt) {

        static PlanSummary of(PlanVersion p) {
            return new PlanSummary(p.id(), p.versionNo(), p.status(), p.draftedAt(), p.draftedByName(), p.approvedAt(),
                    p.approvedByName(), p.supersededAt());
        }
    }

    /** The patient's own plan: the advice of each zone as they read it, or that it is being prepared. */
    public record MyPlanView(boolean available, String message, Integer planVersion, Instant approvedAt,
                             String approvedBy, List<String> goals, Map<Zone, List<String>> zones) {

        static MyPlanView of(PlanRecord record) {
            PlanVersion p = record.plan();
            return new MyPlanView(true, null, p.versionNo(), p.approvedAt(), p.approvedByName(), p.goals(),
                    byZone(record.items(), PlanItem::zone, PlanItem::patientText));
        }

        /** While no plan is approved: the message that it is being prepared. */
        static MyPlanView notReady(String message) {
            return new MyPlanView(false, message, null, null, null, List.of(), Map.of());
        }
    }

    /** A plan template of a pathway. */
    public record TemplateView(UUID id, String pathway, int version, boolean provisional, String provisionalNote,
                               String reviewedBy, java.time.LocalDate reviewedOn, Map<Zone, List<TemplateItemView>> zones,
                               Instant createdAt, String createdBy) {

        static TemplateView of(TemplateRecord t) {
            Map<Zone, List<TemplateItemView>> zones = byZone(t.items(), TemplateRecord.Item::zone,
                    i -> new TemplateItemView(i.category(), i.text()));
            return new TemplateView(t.id(), t.pathway(), t.versionNo(), t.provisional(),
                    t.provisional() ? "Provisional example advice awaiting the clinical lead's review" : null,
                    t.reviewedBy(), t.reviewedOn(), zones, t.createdAt(), t.createdBy());
        }
    }

    /** One advice item of a template. */
    public record TemplateItemView(AdviceCategory category, String text) {
    }

    static Map<Zone, List<ItemView>> zones(List<PlanItem> items) {
        return byZone(items, PlanItem::zone, ItemView::of);
    }

    /** Items by zone, every zone present (empty when it has none), in the items' order. */
    static <T, R> Map<Zone, List<R>> byZone(List<T> items, Function<T, Zone> zoneOf, Function<T, R> view) {
        Map<Zone, List<R>> zones = new EnumMap<>(Zone.class);
        for (Zone zone : Zone.values()) {
            zones.put(zone, new ArrayList<>());
        }
        items.forEach(i -> zones.get(zoneOf.apply(i)).add(view.apply(i)));
        return zones;
    }
}
