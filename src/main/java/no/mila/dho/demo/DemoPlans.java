package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanRules;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.plan.persistence.CarePlanEntity;
import no.mila.dho.plan.persistence.CarePlanItemEntity;
import no.mila.dho.plan.persistence.PlanTemplateEntity;
import no.mila.dho.plan.persistence.PlanTemplateItemEntity;

/**
 * Approved self-management plans of the demo: the pathway's template with the patient's goals and a medication
 * item for the yellow zone, drafted by nurse Nora and approved by GP Lars, so that every report answer of the
 * demo shows the advice of its zone.
 */
@ApplicationScoped
class DemoPlans {

    private final Clock clock;

    DemoPlans(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void approved(EpisodeEntity episode, List<String> goals) {
        PlanTemplateEntity template = PlanTemplateEntity.activeOf(episode.pathway).orElseThrow();
        List<PlanItem> items = new ArrayList<>(template.items().stream().map(PlanTemplateItemEntity::toNewPlanItem).toList());
        items.add(0, "COPD".equals(episode.pathway)
                ? new PlanItem(UUID.randomUUID().toString(), Zone.YELLOW, AdviceCategory.MEDICATION,
                "Ta prednisolon etter avtale med legen.", "Prednisolon", "30 mg daglig",
                "ved gul sone med mer tung pust og endret farge på slimet", "etter 5 dager")
                : new PlanItem(UUID.randomUUID().toString(), Zone.YELLOW, AdviceCategory.MEDICATION,
                "Ta en ekstra dose vanndrivende etter avtale med legen.", "Furosemid", "40 mg ekstra",
                "når vekten har økt 2 kg på tre dager", "når vekten er tilbake"));
        Instant drafted = clock.instant().minus(Duration.ofDays(3));
        CarePlanEntity plan = new CarePlanEntity();
        plan.id = UUID.randomUUID();
        plan.patientId = episode.patientId;
        plan.versionNo = 1;
        plan.status = PlanStatus.DRAFT;
        plan.goals = goals;
        plan.templateId = template.id;
        plan.draftedBySubject = DemoThresholds.NORA_SUBJECT;
        plan.draftedByName = "Nora Sykepleier";
        plan.draftedByRole = "nurse";
        plan.draftedAt = drafted;
        plan.lastChangedBySubject = DemoThresholds.LARS_SUBJECT;
        plan.lastChangedByName = "Lars Fastlege";
        plan.lastChangedAt = drafted.plus(Duration.ofHours(4));
        plan.recordApproval(DemoThresholds.LARS_SUBJECT, "Lars Fastlege", "9200001", drafted.plus(Duration.ofDays(1)),
                PlanRules.hasHomeNursing(episode.baselineNursingVisitsPerMonth));
        plan.persist();
        CarePlanItemEntity.persistAll(plan.id, items);
        plan.flush();
        plan.status = PlanStatus.ACTIVE;
        plan.flush();
    }
}
