package no.mila.dho.console.thresholds;

import java.util.List;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.threshold.application.ChangeRequestDetails;
import no.mila.dho.threshold.application.StoredThresholdSet;
import no.mila.dho.threshold.application.ThresholdVersion;

/** The rows of the queue and history pages, from what the threshold feature's queries answer. */
final class ThresholdPages {

    private ThresholdPages() {
    }

    /** A request in a queue or a patient's list: a link to its page. */
    record RequestRow(String id, String patientId, String patientName, String status, String statusLabel,
                      String proposedAt, String proposedBy, String reason, int changes) {

        static RequestRow of(ChangeRequestDetails d) {
            ChangeRequestDetails.Request r = d.request();
            String by = d.trail().isEmpty() ? "" : d.trail().get(0).actorName();
            return new RequestRow(r.id().toString(), r.patientId().toString(), d.patientName() == null ? ""
                    : d.patientName(), r.status().name(), ThresholdTexts.status(r.status()),
                    ConsoleFormat.dateTime(r.proposedAt()), by, r.reason(), d.changes().size());
        }
    }

    /** One version of the patient's thresholds: where it came from, what it changed, and its trail. */
    record VersionRow(int version, boolean inForce, String status, String from, String createdBy, String origin,
                      String reason, String requestId, List<ChangeView.CompareRow> changes,
                      List<ChangeView.StepRow> trail) {

        static VersionRow of(ThresholdVersion v) {
            StoredThresholdSet set = v.set();
            ChangeRequestDetails request = v.changeRequest();
            boolean inForce = "IN_FORCE".equals(set.status());
            String origin = request == null
                    ? "Forløpets standardverdier" + (v.sourceDefaultVersion() == null ? ""
                    : " (versjon " + v.sourceDefaultVersion() + ")") + (set.provisional() ? ", foreløpige" : "")
                    : "Endring foreslått, forordnet og kontrollert";
            return new VersionRow(set.versionNo(), inForce, inForce ? "I bruk" : "Erstattet",
                    ConsoleFormat.dateTime(set.createdAt()), set.createdBy(), origin,
                    request == null ? "" : request.request().reason(),
                    request == null ? null : request.request().id().toString(), ChangeView.changedRows(v.changes()),
                    request == null ? List.of() : request.trail().stream().map(ChangeView.StepRow::of).toList());
        }
    }

    static List<RequestRow> requests(List<ChangeRequestDetails> details) {
        return details.stream().map(RequestRow::of).toList();
    }

    static List<VersionRow> versions(List<ThresholdVersion> versions) {
        return versions.stream().map(VersionRow::of).toList();
    }
}
