package no.mila.dho.fhir.ingestion;

import java.util.List;
import java.util.Map;
import no.mila.dho.measurement.application.ReportCommand;
import no.mila.dho.measurement.domain.MeasurementType;

/**
 * A transaction Bundle read as one report: the command for the report path of {@code POST /api/me/reports}, the
 * FHIR element of each field that path may name in a refusal ({@code measuredAt}, {@code bloodPressure},
 * {@code symptoms.<question>}, ...; the values' own fields are FHIR paths already), and what each entry of the
 * Bundle carried, in order, for the transaction-response.
 */
record ReportBundle(ReportCommand command, Map<String, String> fields, List<Entry> entries) {

    /** What one entry carried: the measurement types of an Observation, or the QuestionnaireResponse. */
    record Entry(List<MeasurementType> types, boolean questionnaireResponse) {
    }

    boolean hasQuestionnaireResponse() {
        return entries.stream().anyMatch(Entry::questionnaireResponse);
    }
}
