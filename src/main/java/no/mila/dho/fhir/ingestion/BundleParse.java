package no.mila.dho.fhir.ingestion;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportRules;
import no.mila.dho.shared.problem.FieldViolation;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Reference;

/**
 * What reading a report Bundle has gathered so far: the values, answers, device, the measured time and where it
 * was first given, the FHIR element of each report field, and every problem found (all of them are reported at
 * once, as the REST API does).
 */
final class BundleParse {

    final UUID patientId;
    final List<ReportRules.Sent> values = new ArrayList<>();
    final Map<String, String> answers = new LinkedHashMap<>();
    final Map<String, String> fields = new HashMap<>();
    final List<FieldViolation> problems = new ArrayList<>();
    final Map<MeasurementType, String> typeSeenAt = new HashMap<>();
    Instant measuredAt;
    String measuredAtPath;
    String deviceType;
    String deviceSerial;

    BundleParse(UUID patientId) {
        this.patientId = patientId;
    }

    void problem(String path, String message) {
        problems.add(new FieldViolation(path, message));
    }

    /** The subject, if given, must be the patient sending the report. */
    void subject(Reference subject, String path) {
        if (subject == null || subject.isEmpty()) {
            return;
        }
        String reference = subject.getReferenceElement().toUnqualifiedVersionless().getValue();
        if (!("Patient/" + patientId).equals(reference)) {
            problem(path, "must be Patient/" + patientId + " (you report your own measurements) or left out");
        }
    }

    /**
     * A time with at least minutes and a time zone; the first one given is the report's measured time, and every
     * other must be the same instant (one report is measured at one time).
     */
    void measuredAt(BaseDateTimeType time, String path) {
        if (time == null || time.isEmpty() || time.getValue() == null) {
            problem(path, "is required: when the values were measured");
            return;
        }
        if (time.getPrecision().ordinal() < TemporalPrecisionEnum.MINUTE.ordinal()
                || (time.getTimeZone() == null && !Boolean.TRUE.equals(time.isTimeZoneZulu()))) {
            problem(path, "must be a date and time with a time zone, e.g. 2026-11-24T08:15:00+01:00");
            return;
        }
        Instant instant = time.getValue().toInstant();
        if (measuredAt == null) {
            measuredAt = instant;
            measuredAtPath = path;
            fields.put("measuredAt", path);
        } else if (!measuredAt.equals(instant)) {
            problem(path, "must be the same instant as " + measuredAtPath + " (one report is measured at one time)");
        }
    }

    /** A value of {@code type} at {@code path} (a second one of the same type in one report is refused). */
    boolean firstOf(MeasurementType type, String path) {
        String earlier = typeSeenAt.putIfAbsent(type, path);
        if (earlier != null) {
            problem(path, "is a second " + type.nameEn().toLowerCase(java.util.Locale.ROOT) + " in the report (first at "
                    + earlier + ")");
            return false;
        }
        return true;
    }
}
