package no.mila.dho.fhir.flag;

import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.EnumSet;
import java.util.Set;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.fhir.server.FhirErrors;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The {@code status} of a Flag search as handling statuses of alerts: {@code active} the open and claimed ones,
 * {@code inactive} the closed; none given means {@code active}; {@code entered-in-error} matches nothing (the
 * service never withdraws an alert). Another code, or another system than flag-status, is 400.
 */
final class FlagStatuses {

    private FlagStatuses() {
    }

    static Set<HandlingStatus> of(TokenOrListParam status) {
        if (status == null || status.getValuesAsQueryTokens().isEmpty()) {
            return EnumSet.of(HandlingStatus.OPEN, HandlingStatus.CLAIMED);
        }
        Set<HandlingStatus> statuses = EnumSet.noneOf(HandlingStatus.class);
        for (TokenParam token : status.getValuesAsQueryTokens()) {
            if (token.getSystem() != null && !token.getSystem().isEmpty()
                    && !token.getSystem().equals(FlagCodes.FLAG_STATUS)) {
                throw invalid("status", "status: the system must be " + FlagCodes.FLAG_STATUS);
            }
            switch (token.getValue() == null ? "" : token.getValue()) {
                case FlagCodes.ACTIVE -> statuses.addAll(EnumSet.of(HandlingStatus.OPEN, HandlingStatus.CLAIMED));
                case FlagCodes.INACTIVE -> statuses.add(HandlingStatus.CLOSED);
                case FlagCodes.ENTERED_IN_ERROR -> { }
                default -> throw invalid("status", "status: must be active, inactive or entered-in-error");
            }
        }
        return statuses;
    }

    /** 400 with an OperationOutcome naming the search parameter. */
    static InvalidRequestException invalid(String parameter, String text) {
        InvalidRequestException e = new InvalidRequestException(text);
        e.setOperationOutcome(FhirErrors.issue(new OperationOutcome(), OperationOutcome.IssueType.INVALID, text,
                parameter));
        return e;
    }
}
