package no.mila.dho.fhir.ingestion;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.fhir.server.FhirErrors;
import no.mila.dho.fhir.server.FhirPatientGate;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.application.ReportCommand;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a report sent as a FHIR {@code transaction} Bundle: its {@code identifier} is the app's report id (system
 * {@link FhirSystems#REPORT_ID}, or {@code urn:ietf:rfc:3986} with a {@code urn:uuid:}), every entry a
 * {@code POST} of an Observation ({@link ObservationEntryReader}) or of at most one QuestionnaireResponse
 * ({@link QuestionnaireEntryReader}). A Bundle of the wrong shape (type, identifier, request of an entry) is 400; a
 * resource the report cannot take (codes, units, times, subject) is 422; both name the element, all at once.
 */
final class ReportBundleReader {

    static final String URI_SYSTEM = "urn:ietf:rfc:3986";

    private ReportBundleReader() {
    }

    static ReportBundle read(Bundle bundle, UUID patientId, Optional<String> pathway) {
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw refusal(400, "Bundle.type", "must be transaction (one report)");
        }
        UUID reportId = reportId(bundle.getIdentifier());
        BundleParse parse = new BundleParse(patientId);
        List<ReportBundle.Entry> entries = new ArrayList<>();
        List<Bundle.BundleEntryComponent> sent = bundle.getEntry();
        if (sent.isEmpty()) {
            throw refusal(422, "Bundle.entry", "a report holds at least one Observation or a QuestionnaireResponse");
        }
        boolean questionnaire = false;
        for (int i = 0; i < sent.size(); i++) {
            String at = "Bundle.entry[" + i + "]";
            Resource resource = sent.get(i).getResource();
            String type = resource == null ? null : resource.fhirType();
            Bundle.BundleEntryRequestComponent request = sent.get(i).getRequest();
            if (request.getMethod() != Bundle.HTTPVerb.POST) {
                throw refusal(400, at + ".request.method", "must be POST (a report creates its resources)");
            }
            if (type == null || !type.equals(request.getUrl())) {
                throw refusal(400, at + ".request.url", "must be the type of the entry's resource (Observation or "
                        + "QuestionnaireResponse)");
            }
            if (resource instanceof Observation o) {
                entries.add(new ReportBundle.Entry(ObservationEntryReader.read(o, at + ".resource", parse), false));
            } else if (resource instanceof QuestionnaireResponse qr && !questionnaire) {
                questionnaire = true;
                QuestionnaireEntryReader.read(qr, at + ".resource", pathway, parse);
                entries.add(new ReportBundle.Entry(List.of(), true));
                if (parse.values.isEmpty() && !hasObservation(sent)) {
                    parse.measuredAt(qr.getAuthoredElement(), at + ".resource.authored");
                }
            } else {
                throw refusal(422, at + ".resource", "a report holds Observations and at most one "
                        + "QuestionnaireResponse, not " + type);
            }
        }
        if (!parse.problems.isEmpty()) {
            OperationOutcome outcome = new OperationOutcome();
            parse.problems.forEach(p -> FhirErrors.issue(outcome, OperationOutcome.IssueType.INVALID,
                    p.field() + ": " + p.message(), p.field()));
            throw IngestionProblems.unprocessable("The report has invalid elements; nothing was stored", outcome);
        }
        parse.fields.put("body", "Bundle.entry");
        ReportCommand command = new ReportCommand(reportId, parse.measuredAt, List.copyOf(parse.values),
                Map.copyOf(parse.answers), parse.deviceType, parse.deviceSerial, null);
        return new ReportBundle(command, Map.copyOf(parse.fields), List.copyOf(entries));
    }

    private static boolean hasObservation(List<Bundle.BundleEntryComponent> entries) {
        return entries.stream().anyMatch(e -> e.getResource() instanceof Observation);
    }

    private static UUID reportId(Identifier identifier) {
        String value = identifier == null ? null : identifier.getValue();
        if (value == null || value.isBlank()) {
            throw refusal(400, "Bundle.identifier", "is required: the report id (system " + FhirSystems.REPORT_ID
                    + ", a UUID the app gives the report and sends again on every retry)");
        }
        String system = identifier.getSystem();
        if (URI_SYSTEM.equals(system) && value.startsWith("urn:uuid:")) {
            value = value.substring("urn:uuid:".length());
        } else if (!FhirSystems.REPORT_ID.equals(system)) {
            throw refusal(400, "Bundle.identifier.system", "must be " + FhirSystems.REPORT_ID + " (or " + URI_SYSTEM
                    + " with a urn:uuid: value)");
        }
        return FhirPatientGate.uuid(value.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> refusal(400, "Bundle.identifier.value", "must be a UUID"));
    }

    private static RuntimeException refusal(int status, String path, String text) {
        OperationOutcome outcome = FhirErrors.issue(new OperationOutcome(), OperationOutcome.IssueType.INVALID,
                path + ": " + text, path);
        return status == 400 ? withOutcome(new InvalidRequestException(path + ": " + text), outcome)
                : IngestionProblems.unprocessable(path + ": " + text, outcome);
    }

    private static InvalidRequestException withOutcome(InvalidRequestException e, OperationOutcome outcome) {
        e.setOperationOutcome(outcome);
        return e;
    }
}
