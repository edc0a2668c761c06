package no.mila.dho.fhir.careplan;

import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.EnumSet;
import java.util.Set;
import no.mila.dho.fhir.server.FhirErrors;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The {@code status} search parameter of {@code CarePlan}: codes of {@code http://hl7.org/fhir/request-status}
 * (the system may be left out); an unknown code is 400 naming the parameter, not a search that finds nothing.
 */
final class CarePlanStatuses {

    static final String SYSTEM = "http://hl7.org/fhir/request-status";

    private CarePlanStatuses() {
    }

    /** The statuses asked for; empty for any. */
    static Set<CarePlanStatus> of(TokenOrListParam status) {
        Set<CarePlanStatus> wanted = EnumSet.noneOf(CarePlanStatus.class);
        if (status == null) {
            return wanted;
        }
        for (TokenParam token : status.getValuesAsQueryTokens()) {
            String system = token.getSystem();
            if (system != null && !system.isEmpty() && !system.equals(SYSTEM)) {
                throw invalid("status: the system must be " + SYSTEM);
            }
            if (token.getValue() == null || token.getValue().isBlank()) {
                throw invalid("status: a code is required");
            }
            try {
                wanted.add(CarePlanStatus.fromCode(token.getValue()));
            } catch (org.hl7.fhir.exceptions.FHIRException | IllegalArgumentException e) {
                throw invalid("status: unknown code " + token.getValue());
            }
        }
        return wanted;
    }

    private static InvalidRequestException invalid(String text) {
        InvalidRequestException e = new InvalidRequestException(text);
        e.setOperationOutcome(FhirErrors.issue(new OperationOutcome(), OperationOutcome.IssueType.INVALID, text,
                "CarePlan.status"));
        return e;
    }
}
