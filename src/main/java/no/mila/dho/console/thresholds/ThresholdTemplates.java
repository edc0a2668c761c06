package no.mila.dho.console.thresholds;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The threshold pages' templates ({@code templates/console/thresholds/}). */
@CheckedTemplate(basePath = "console/thresholds")
final class ThresholdTemplates {

    private ThresholdTemplates() {
    }

    static native TemplateInstance queues(List<ThresholdPages.RequestRow> awaitingOrder,
                                          List<ThresholdPages.RequestRow> awaitingVerification);

    static native TemplateInstance change(ChangeView change, String message, String done);

    static native TemplateInstance history(String patientId, String patientName,
                                           List<ThresholdPages.RequestRow> requests,
                                           List<ThresholdPages.VersionRow> versions);

    static native TemplateInstance propose(ProposePage page);
}
