package no.mila.dho.fhir.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.fhir.observation.ObservationCodes;
import no.mila.dho.measurement.application.ObservationReads;
import no.mila.dho.measurement.application.ObservationRecord;
import no.mila.dho.measurement.domain.MeasurementType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The {@code transaction-response} to a report: one entry per entry sent, in order. An Observation's entry has
 * status 201, its location and the stored Observation with its interpretation (a blood pressure sent as separate
 * systolic and diastolic Observations is one panel: the second of them gets the panel's location without the
 * resource again). The QuestionnaireResponse's location is {@code QuestionnaireResponse/<the report's internal id>}.
 * The first entry's {@code response.outcome} tells the report's zone: an information issue with the zone
 * ({@link ObservationCodes#ZONE}) and the headline the patient gets, then the reasons and advice of the REST answer,
 * in Norwegian. A yellow or red report adds one more entry: the Flag of its alert (the worklist's). Built from what
 * is stored, so a retried Bundle gets the same answer.
 */
final class TransactionAnswer {

    private final ObjectMapper json;

    TransactionAnswer(ObjectMapper json) {
        this.json = json;
    }

    /** The stored Observations as FHIR (mapped by the caller with the report's limits). */
    interface Mapper {
        Observation toFhir(ObservationRecord record);
    }

    Bundle of(ReportBundle sent, ObservationReads.ReportObservations stored, String answerJson, String base,
              Mapper mapper, Optional<Flag> alert) {
        Map<MeasurementType, ObservationRecord> byType = new EnumMap<>(MeasurementType.class);
        for (ObservationRecord r : stored.observations()) {
            byType.put(r.value().type(), r);
        }
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        Set<UUID> given = new HashSet<>();
        for (ReportBundle.Entry entry : sent.entries()) {
            Bundle.BundleEntryComponent e = response.addEntry();
            if (entry.questionnaireResponse()) {
                e.getResponse().setStatus("201 Created").setLocation("QuestionnaireResponse/" + stored.reportId());
                continue;
            }
            Optional<ObservationRecord> record = entry.types().stream()
                    .map(t -> byType.get(t == MeasurementType.DIASTOLIC ? MeasurementType.SYSTOLIC : t))
                    .filter(java.util.Objects::nonNull).findFirst();
            if (record.isEmpty()) {
                e.getResponse().setStatus("201 Created");
                continue;
            }
            UUID id = record.get().value().id();
            e.getResponse().setStatus("201 Created").setLocation("Observation/" + id)
                    .setLastModified(Date.from(record.get().lastUpdated()));
            if (given.add(id)) {
                e.setFullUrl(base + "/Observation/" + id).setResource(mapper.toFhir(record.get()));
            }
        }
        response.getEntryFirstRep().getResponse().setOutcome(zoneOutcome(answerJson));
        alert.filter(TransactionAnswer::notGreen).ifPresent(flag -> response.addEntry()
                .setFullUrl(base + "/Flag/" + flag.getIdElement().getIdPart()).setResource(flag).getResponse()
                .setStatus("201 Created").setLocation("Flag/" + flag.getIdElement().getIdPart()));
        return response;
    }

    /** The alert of a yellow or red report, as the nurses see it on the worklist (a green one is only acknowledged). */
    private static boolean notGreen(Flag flag) {
        return flag.getCode().getCoding().stream().noneMatch(c -> "GREEN".equals(c.getCode()));
    }

    private OperationOutcome zoneOutcome(String answerJson) {
        JsonNode answer;
        try {
            answer = json.readTree(answerJson);
        } catch (IOException e) {
            throw new IllegalStateException("The stored answer of a report is not JSON", e);
        }
        OperationOutcome outcome = new OperationOutcome();
        String zone = answer.path("zone").asText();
        info(outcome, answer.path("headline").asText()).getDetails()
                .addCoding(new Coding(ObservationCodes.ZONE, zone, zone));
        answer.path("reasons").forEach(reason -> info(outcome, reason.asText()));
        for (String field : new String[] {"measureDaily", "emergency", "followUp"}) {
            if (answer.hasNonNull(field)) {
                info(outcome, answer.get(field).asText());
            }
        }
        return outcome;
    }

    private static OperationOutcome.OperationOutcomeIssueComponent info(OperationOutcome outcome, String text) {
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL);
        issue.getDetails().setText(text);
        return issue;
    }
}
