package no.mila.dho.console.plans;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The plan pages' templates ({@code templates/console/plans/}). */
@CheckedTemplate(basePath = "console/plans")
final class PlanTemplates {

    private PlanTemplates() {
    }

    static native TemplateInstance plans(PlanPage page);

    static native TemplateInstance print(PlanPage.Plan plan, String patientName, String emergency);
}
