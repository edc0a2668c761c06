package no.mila.dho.fhir.threshold;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.application.ChangeRequestDetails;
import no.mila.dho.threshold.application.StoredThresholdSet;
import org.hl7.fhir.r4.model.Narrative;

/** The Norwegian narrative of a threshold version: the limits per measurement as a table, who ordered and verified. */
final class ThresholdNarrative {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.of("Europe/Oslo"));

    private ThresholdNarrative() {
    }

    static Narrative of(StoredThresholdSet set, ThresholdSet thresholds, ChangeRequestDetails request) {
        StringBuilder html = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Terskelverdier, versjon ")
                .append(set.versionNo()).append(", fra ").append(DATE.format(set.createdAt()));
        if (set.provisional()) {
            html.append(" (foreløpige: venter på klinisk gjennomgang)");
        }
        if (request != null && request.request().verifiedBy() != null) {
            html.append(". Forordnet av ").append(escape(request.request().orderedBy())).append(", kontrollert av ")
                    .append(escape(request.request().verifiedBy()));
        }
        html.append(".</p><table><tr><th>Måling</th><th>Rød under</th><th>Gul under</th><th>Gul over</th>"
                + "<th>Rød over</th></tr>");
        for (MeasurementType type : MeasurementType.values()) {
            Limits l = thresholds.limitsOf(type);
            String notMeasured = thresholds.notMeasured().get(type);
            if (l.equals(Limits.NONE) && notMeasured == null) {
                continue;
            }
            html.append("<tr><td>").append(escape(type.nameNb())).append("</td>");
            if (notMeasured != null) {
                html.append("<td colspan=\"4\">Måles ikke: ").append(escape(notMeasured)).append("</td></tr>");
                continue;
            }
            for (BigDecimal v : new BigDecimal[] {l.redLow(), l.yellowLow(), l.yellowHigh(), l.redHigh()}) {
                html.append("<td>").append(v == null ? "-" : v.toPlainString() + " " + escape(type.displayUnit()))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
        thresholds.weightTrend().ifPresent(t -> html.append("<p>Vektøkning: gul ved ").append(t.yellowGainKg()
                .toPlainString()).append(" kg, rød ved ").append(t.redGainKg().toPlainString()).append(" kg på ")
                .append(t.windowDays()).append(" dager.</p>"));
        html.append("</div>");
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString(html.toString());
        return narrative;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
