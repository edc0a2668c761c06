package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanRules;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.plan.persistence.CarePlanEntity;
import no.mila.dho.plan.persistence.CarePlanItemEntity;
import no.mila.dho.plan.persistence.PlanTemplateEntity;

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
        List<PlanItem> items = new ArrayList<>(template.items().stream().map(t -> new PlanItem(
                UUID.randomUUID().toString(), t.zone, t.category, t.textNb, null, null, null, null)).toList());
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
        plan.draftedBySubject = DemoThresholds.NORA;
        plan.draftedByName = "Nora Sykepleier";
        plan.draftedByRole = "nurse";
        plan.draftedAt = drafted;
        plan.lastChangedBySubject = DemoThresholds.LARS;
        plan.lastChangedByName = "Lars Fastlege";
        plan.lastChangedAt = drafted.plus(Duration.ofHours(4));
        plan.approvedBySubject = DemoThresholds.LARS;
        plan.approvedByName = "Lars Fastlege";
        plan.approvedByHpr = "9200001";
        plan.approvedAt = drafted.plus(Duration.ofDays(1));
        plan.sharedWith = PlanRules.recipients(episode.baselineNursingVisitsPerMonth != null
                && episode.baselineNursingVisitsPerMonth > 0).stream().map(Enum::name).toList();
        plan.persist();
        items.stream().collect(Collectors.groupingBy(PlanItem::zone)).forEach((zone, inZone) -> {
            for (int i = 0; i < inZone.size(); i++) {
                CarePlanItemEntity.of(plan.id, i, inZone.get(i)).persist();
            }
        });
        plan.flush();
        plan.status = PlanStatus.ACTIVE;
        plan.flush();
    }
}
