package no.mila.dho.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.persistence.PlanTemplateEntity;
import no.mila.dho.plan.persistence.PlanTemplateItemEntity;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.review.ClinicalReview;

/**
 * The plan templates of the pathways, as data: admins revise them (a new version, provisional until the clinical
 * lead's review is recorded). A revision never changes a patient's plan: plans copy the items.
 */
@ApplicationScoped
public class PlanTemplateService {

    private final Clock clock;
    private final ReferenceData referenceData;

    public PlanTemplateService(Clock clock, ReferenceData referenceData) {
        this.clock = clock;
        this.referenceData = referenceData;
    }

    /** One advice item of a template. */
    public record TemplateItem(AdviceCategory category, String text) {
    }

    public List<TemplateRecord> active() {
        return PlanTemplateEntity.allActive().stream().map(TemplateRecord::of).toList();
    }

    @Transactional
    public TemplateRecord revise(String pathway, Map<Zone, List<TemplateItem>> zones, String actor) {
        List<FieldViolation> problems = new ArrayList<>();
        for (Zone zone : Zone.values()) {
            List<TemplateItem> items = zones.getOrDefault(zone, List.of());
            if (items.isEmpty()) {
                problems.add(new FieldViolation("zones." + zone, "a template gives advice for every zone"));
            }
            for (int i = 0; i < items.size(); i++) {
                TemplateItem item = items.get(i);
                if (item.category() == AdviceCategory.MEDICATION) {
                    problems.add(new FieldViolation("zones." + zone + "[" + i + "].category",
                            "templates hold no medication: the physician orders it for each patient"));
                }
                if (item.text() == null || item.text().isBlank() || item.text().length() > 1000) {
                    problems.add(new FieldViolation("zones." + zone + "[" + i + "].text", "must be 1-1000 characters"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The template has invalid fields", problems);
        }
        if (!referenceData.isPathway(pathway)) {
            throw ProblemException.notFound("Pathway " + pathway);
        }
        // the first template of a pathway is version 1; a revision supersedes the one in use
        int versionNo = PlanTemplateEntity.activeOf(pathway).map(current -> {
            current.status = PlanTemplateEntity.SUPERSEDED;
            current.flush();
            return current.versionNo + 1;
        }).orElse(1);
        PlanTemplateEntity next = new PlanTemplateEntity();
        next.id = UUID.randomUUID();
        next.pathway = pathway;
        next.versionNo = versionNo;
        next.status = PlanTemplateEntity.ACTIVE;
        next.review = ClinicalReview.pending();
        next.createdAt = clock.instant();
        next.createdBy = actor;
        next.persist();
        zones.forEach((zone, items) -> {
            for (int i = 0; i < items.size(); i++) {
                PlanTemplateItemEntity entity = new PlanTemplateItemEntity();
                entity.templateId = next.id;
                entity.zone = zone;
                entity.position = i;
                entity.category = items.get(i).category();
                entity.textNb = items.get(i).text();
                entity.persist();
            }
        });
        return TemplateRecord.of(next);
    }

    @Transactional
    public TemplateRecord recordReview(String pathway, String reviewer, LocalDate reviewedOn, String note) {
        PlanTemplateEntity current = PlanTemplateEntity.activeOf(pathway)
                .orElseThrow(() -> ProblemException.notFound("Plan template of pathway " + pathway));
        current.review.record(reviewer, reviewedOn, note);
        return TemplateRecord.of(current);
    }
}
