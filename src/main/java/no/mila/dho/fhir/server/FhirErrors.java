package no.mila.dho.fhir.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.inject.Singleton;
import no.mila.dho.shared.problem.DatabaseUnavailable;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.web.RequestId;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.logging.Logger;

/**
 * Every error of the FHIR server is an OperationOutcome with the status it would have in the REST API: a refusal
 * raised by a feature ({@link ProblemException}: 404 exactly as for a patient that does not exist, 400/409/422 naming
 * the field in {@code issue.expression}), an unreadable body 400, the database unreachable 503 with
 * {@code Retry-After}, and anything unexpected 500 with the request id, its cause only in the log.
 */
@Singleton
public class FhirErrors {

    private static final Logger LOG = Logger.getLogger(FhirErrors.class);

    @Hook(value = Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION, order = -100)
    public BaseServerResponseException translate(RequestDetails request, Throwable failure) {
        // HAPI wraps what a provider throws in an InternalErrorException (HAPI-0389): the cause is what counts
        ProblemException problem = causeOf(failure, ProblemException.class);
        if (problem != null) {
            return of(problem);
        }
        if (failure instanceof BaseServerResponseException known && !(known instanceof InternalErrorException)) {
            return known;
        }
        if (failure instanceof DataFormatException unreadable) {
            return withOutcome(new InvalidRequestException(unreadable.getMessage()), IssueType.STRUCTURE,
                    unreadable.getMessage(), null);
        }
        String requestId = request.getHeader(RequestId.HEADER);
        if (DatabaseUnavailable.causeOf(failure).isPresent()) {
            LOG.warnf("The database cannot be reached: FHIR request answered 503 (%s)", failure.getMessage());
            BaseServerResponseException unavailable = new ServiceUnavailable(
                    "The service cannot reach its database; try again shortly (request id " + requestId + ")");
            unavailable.addResponseHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            return withOutcome(unavailable, IssueType.TRANSIENT, unavailable.getMessage(), null);
        }
        LOG.error("Unexpected failure of a FHIR request", failure);
        String text = "Internal error (request id " + requestId + ")";
        return withOutcome(new InternalErrorException(text), IssueType.EXCEPTION, text, null);
    }

    /** The first of {@code failure} and its causes that is a {@code type}, or null. */
    static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The FHIR form of a feature's refusal, with the same status. */
    public static BaseServerResponseException of(ProblemException problem) {
        OperationOutcome outcome = new OperationOutcome();
        IssueType code = switch (problem.type().status()) {
            case 404 -> IssueType.NOTFOUND;
            case 403 -> IssueType.FORBIDDEN;
            case 409 -> IssueType.CONFLICT;
            default -> IssueType.INVALID;
        };
        if (problem.violations().isEmpty()) {
            issue(outcome, code, problem.getMessage(), null);
        }
        for (FieldViolation violation : problem.violations()) {
            issue(outcome, code, violation.field() + ": " + violation.message(), violation.field());
        }
        BaseServerResponseException answer = BaseServerResponseException.newInstance(problem.type().status(),
                problem.getMessage());
        answer.setOperationOutcome(outcome);
        return answer;
    }

    /** Adds an error issue to {@code outcome}; {@code expression} (a FHIRPath or field name) may be null. */
    public static OperationOutcome issue(OperationOutcome outcome, IssueType code, String text, String expression) {
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue().setSeverity(IssueSeverity.ERROR)
                .setCode(code).setDiagnostics(text);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return outcome;
    }

    private static BaseServerResponseException withOutcome(BaseServerResponseException e, IssueType code, String text,
                                                          String expression) {
        e.setOperationOutcome(issue(new OperationOutcome(), code, text, expression));
        return e;
    }

    /** 503: the database cannot be reached for the moment. */
    static final class ServiceUnavailable extends BaseServerResponseException {
        private static final long serialVersionUID = 1L;

        ServiceUnavailable(String message) {
            super(503, message);
        }
    }
}
