package no.mila.dho.measurement.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reports that carry symptom answers, with those answers, for a reader that shows them as they were given (the
 * FHIR {@code QuestionnaireResponse}) without knowing the measurement feature's tables. Read only. The zone of the
 * answers is not part of this read: it belongs to the report's evaluation (values, findings and the alert).
 */
public interface SymptomAnswerReads {

    /**
     * One report's symptom answers: the report (its internal id, the app's report id), the pathway whose
     * questionnaire was answered (from the threshold version the report was evaluated against; null if unknown),
     * when it was measured and received, who entered it (the patient, or a nurse on the patient's behalf) and the
     * answers, question code to option code, by question code.
     */
    record AnsweredReport(UUID reportId, UUID patientId, UUID clientReportId, String pathway, Instant measuredAt,
                          Instant receivedAt, String enteredByName, boolean onBehalf, Map<String, String> answers) {
    }

    /**
     * Which of a patient's answered reports: measured within [{@code measuredFrom}, {@code measuredTo}] and received
     * within [{@code receivedFrom}, {@code receivedTo}] (each bound inclusive, null for open), of one pathway's
     * questionnaire (null for any), newest measured first unless {@code oldestFirst}.
     */
    record Filter(UUID patientId, Instant measuredFrom, Instant measuredTo, Instant receivedFrom, Instant receivedTo,
                  String pathway, boolean oldestFirst) {
    }

    /** One page of answered reports and how many match in all. */
    record Found(List<AnsweredReport> reports, long total) {
    }

    /** The report with this internal id, if it exists and has symptom answers. */
    Optional<AnsweredReport> byId(UUID reportId);

    /** The page [{@code offset}, {@code offset + count}) of the answered reports that match, and their total. */
    Found search(Filter filter, int offset, int count);

    /** The pathways that have a symptom questionnaire, by code. */
    List<String> questionnairePathways();
}
