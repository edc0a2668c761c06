package no.mila.dho.fhir.ingestion;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Map;
import no.mila.dho.fhir.server.FhirErrors;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The report path's refusals in FHIR terms: its invalid fields (REST names such as {@code measuredAt} or
 * {@code symptoms.COUGH}) become the FHIR elements of the Bundle that carried them, and a report the rules refuse is
 * 422 (the resources break the service's rules; a Bundle of the wrong shape is 400). Other refusals keep their
 * status: 404 no record linked to the login, 409 not in follow-up, 422 a report id used for other content.
 */
final class IngestionProblems {

    private IngestionProblems() {
    }

    static BaseServerResponseException translate(ProblemException problem, Map<String, String> fields) {
        if (problem.type() != ProblemType.VALIDATION_FAILED) {
            return FhirErrors.of(problem);
        }
        OperationOutcome outcome = new OperationOutcome();
        for (FieldViolation v : problem.violations()) {
            String path = fields.getOrDefault(v.field(), v.field());
            FhirErrors.issue(outcome, OperationOutcome.IssueType.INVALID, path + ": " + v.message(), path);
        }
        if (problem.violations().isEmpty()) {
            FhirErrors.issue(outcome, OperationOutcome.IssueType.INVALID, problem.getMessage(), null);
        }
        return unprocessable(problem.getMessage(), outcome);
    }

    static UnprocessableEntityException unprocessable(String message, OperationOutcome outcome) {
        return new UnprocessableEntityException(message, outcome);
    }
}
