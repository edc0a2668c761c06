package no.mila.dho.measurement.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.ReportRules;

/** A report as received: the client's id, when it was measured, the values as sent, the symptom answers. */
public record ReportCommand(UUID clientReportId, Instant measuredAt, List<ReportRules.Sent> values,
                            Map<String, String> answers, String deviceType, String deviceSerial, String note) {

    /** A canonical text of the content, the same for the same report however its JSON was written. */
    String canonical() {
        StringBuilder text = new StringBuilder().append(clientReportId).append('|').append(measuredAt);
        values.stream().sorted(java.util.Comparator.comparing(ReportRules.Sent::type)).forEach(v -> text.append('|')
                .append(v.type()).append('=').append(v.value() == null ? "" : v.value().stripTrailingZeros().toPlainString())
                .append(v.unit()));
        new java.util.TreeMap<>(answers).forEach((q, a) -> text.append('|').append(q).append('=').append(a));
        return text.append('|').append(deviceType).append('|').append(deviceSerial).append('|').append(note).toString();
    }
}
