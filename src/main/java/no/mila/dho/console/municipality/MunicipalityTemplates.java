package no.mila.dho.console.municipality;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The coordinator's pages' templates ({@code templates/console/municipality/}). */
@CheckedTemplate(basePath = "console/municipality")
final class MunicipalityTemplates {

    private MunicipalityTemplates() {
    }

    static native TemplateInstance overview(Overview.OverviewPage page);

    static native TemplateInstance referral(Referrals.ReferralPage page);

    static native TemplateInstance assessment(Assessments.AssessmentPage page);

    static native TemplateInstance allocation(Allocations.AllocationPage page);

    static native TemplateInstance equipment(EquipmentPages.EquipmentPage page);
}
