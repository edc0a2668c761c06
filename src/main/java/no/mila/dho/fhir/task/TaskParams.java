package no.mila.dho.fhir.task;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.EnumSet;
import java.util.Set;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.fhir.server.FhirErrors;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Task;

/**
 * The parameters of a Task search: {@code status} as handling statuses ({@code requested} open, {@code in-progress}
 * held by a nurse, {@code completed} closed; the other task-status codes match nothing, none given means all), and
 * {@code _sort} ({@value #DUE_DATE} or {@code -}{@value #DUE_DATE}; nothing else). Anything else is 400 naming the
 * parameter.
 */
final class TaskParams {

    /** The sort by due date ({@code restriction.period.end}; an alert's task by the day the alert came). */
    static final String DUE_DATE = "due-date";
    static final String TASK_STATUS = "http://hl7.org/fhir/task-status";

    private TaskParams() {
    }

    static Set<HandlingStatus> statuses(TokenOrListParam status) {
        if (status == null || status.getValuesAsQueryTokens().isEmpty()) {
            return EnumSet.allOf(HandlingStatus.class);
        }
        Set<HandlingStatus> statuses = EnumSet.noneOf(HandlingStatus.class);
        for (TokenParam token : status.getValuesAsQueryTokens()) {
            if (token.getSystem() != null && !token.getSystem().isEmpty() && !token.getSystem().equals(TASK_STATUS)) {
                throw invalid("status", "status: the system must be " + TASK_STATUS);
            }
            Task.TaskStatus code;
            try {
                code = Task.TaskStatus.fromCode(token.getValue());
            } catch (org.hl7.fhir.exceptions.FHIRException | IllegalArgumentException e) {
                code = null;
            }
            if (code == null || code == Task.TaskStatus.NULL) {
                throw invalid("status", "status: not a task status: " + token.getValue());
            }
            switch (code) {
                case REQUESTED -> statuses.add(HandlingStatus.OPEN);
                case INPROGRESS -> statuses.add(HandlingStatus.CLAIMED);
                case COMPLETED -> statuses.add(HandlingStatus.CLOSED);
                default -> { }
            }
        }
        return statuses;
    }

    /** Whether the latest due date comes first. */
    static boolean descending(SortSpec sort) {
        if (sort == null) {
            return false;
        }
        if (!DUE_DATE.equals(sort.getParamName()) || sort.getChain() != null) {
            throw invalid("_sort", "_sort: only " + DUE_DATE + " or -" + DUE_DATE + " is supported");
        }
        return sort.getOrder() == SortOrderEnum.DESC;
    }

    /** 400 with an OperationOutcome naming the search parameter. */
    static InvalidRequestException invalid(String parameter, String text) {
        InvalidRequestException e = new InvalidRequestException(text);
        e.setOperationOutcome(FhirErrors.issue(new OperationOutcome(), OperationOutcome.IssueType.INVALID, text,
                parameter));
        return e;
    }
}
