package no.mila.dho.console.thresholds;

import java.util.List;
import java.util.stream.Collectors;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.measurement.domain.Finding;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.threshold.application.ReEvaluation;

/**
 * The proposal form: the limits (the version in force pre-filled), the reason, and after a dry run its result:
 * how the patient's reports of the last days would have come out under the values in the form.
 */
record ProposePage(String patientId, String patientName, int inForceVersion, List<LimitForm.Group> groups,
                   String reason, DryRun dryRun, String message, boolean physician, String openChange) {

    /** The dry run's result: the sentence, the zone counts before and after, and each report. */
    record DryRun(String summary, List<ZoneCount> counts, List<Row> rows) {

        static DryRun of(ReEvaluation.Result r) {
            int reports = r.reports().size();
            String summary = "Av meldingene de siste " + r.days() + " dagene ville " + (reports == 0
                    ? "ingen fått en annen sone: pasienten har ingen meldinger i perioden."
                    : r.changed() + " av " + reports + " fått en annen sone med disse grenseverdiene.");
            List<ZoneCount> counts = List.of(Zone.RED, Zone.YELLOW, Zone.GREEN).stream()
                    .map(z -> new ZoneCount(z.name(), z.norwegian(), r.storedZones().getOrDefault(z, 0),
                            r.proposedZones().getOrDefault(z, 0))).toList();
            List<Row> rows = r.reports().stream().map(o -> new Row(ConsoleFormat.dateTime(o.measuredAt()),
                    o.storedZone().name(), o.storedZone().norwegian(), o.proposed().zone().name(),
                    o.proposed().zone().norwegian(), o.changed(), reasons(o.proposed().findings()))).toList();
            return new DryRun(summary, counts, rows);
        }

        private static String reasons(List<Finding> findings) {
            return findings.stream().filter(f -> f.zone() != Zone.GREEN).map(Finding::reasonNb)
                    .collect(Collectors.joining(" "));
        }
    }

    /** How many reports got a zone, and how many would get it. */
    record ZoneCount(String zone, String label, int now, int proposed) {
    }

    /** One report of the dry run. */
    record Row(String at, String storedZone, String storedLabel, String proposedZone, String proposedLabel,
               boolean changed, String reasons) {
    }
}
