package no.mila.dho.plan.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.persistence.PlanTemplateEntity;

/** A version of a pathway's plan template, with its review and its advice items by zone and position. */
public record TemplateRecord(UUID id, String pathway, int versionNo, boolean provisional, String reviewedBy,
                             LocalDate reviewedOn, List<Item> items, Instant createdAt, String createdBy) {

    /** One advice item of a zone. */
    public record Item(Zone zone, AdviceCategory category, String text) {
    }

    static TemplateRecord of(PlanTemplateEntity t) {
        return new TemplateRecord(t.id, t.pathway, t.versionNo, t.review.provisional, t.review.reviewedBy,
                t.review.reviewedOn, t.items().stream().map(i -> new Item(i.zone, i.category, i.textNb)).toList(),
                t.createdAt, t.createdBy);
    }
}
