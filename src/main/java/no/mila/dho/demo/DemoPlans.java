package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.application.PlanApproval;
import no.mila.dho.plan.application.PlanDrafting;
import no.mila.dho.plan.application.PlanRecord;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;

/**
 * Approved self-management plans of the demo, through the plan commands: nurse Nora drafts the pathway's template
 * with the patient's goals, GP Lars adds a medication item for the yellow zone (only a physician may) and approves
 * it, so that every report answer of the demo shows the advice of its zone.
 */
@ApplicationScoped
class DemoPlans {

    private final DemoSession session;
    private final PlanDrafting drafting;
    private final PlanApproval approval;

    DemoPlans(DemoSession session, PlanDrafting drafting, PlanApproval approval) {
        this.session = session;
        this.drafting = drafting;
        this.approval = approval;
    }

    void approved(UUID patientId, String pathway, List<String> goals) {
        PlanRecord draft = session.as(DemoUser.NORA, () -> drafting.draft(patientId, goals));
        session.run(DemoUser.LARS, () -> {
            List<PlanItem> items = new ArrayList<>(draft.items());
            items.add(0, medication(pathway));
            PlanRecord changed = drafting.update(patientId, draft.plan().id(), draft.plan().version(), goals, items);
            approval.approve(patientId, changed.plan().id(), changed.plan().version());
        });
    }

    /** The yellow zone's medication item of the pathway (a new item: the plan gives it its key). */
    private static PlanItem medication(String pathway) {
        return "COPD".equals(pathway)
                ? new PlanItem(null, Zone.YELLOW, AdviceCategory.MEDICATION, "Ta prednisolon etter avtale med legen.",
                "Prednisolon", "30 mg daglig", "ved gul sone med mer tung pust og endret farge på slimet",
                "etter 5 dager")
                : new PlanItem(null, Zone.YELLOW, AdviceCategory.MEDICATION,
                "Ta en ekstra dose vanndrivende etter avtale med legen.", "Furosemid", "40 mg ekstra",
                "når vekten har økt 2 kg på tre dager", "når vekten er tilbake");
    }
}
