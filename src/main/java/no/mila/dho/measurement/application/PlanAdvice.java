package no.mila.dho.measurement.application;

import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;

/**
 * The advice of the patient's active self-management plan for a zone, for the answer to a report. The plan
 * feature provides it; a patient without an approved plan is told that the plan is being prepared (a clear
 * message, not an error).
 */
public interface PlanAdvice {

    /** The advice for {@code zone} of the plan {@code activePlanId}, or the "being prepared" message when null. */
    ReportAnswer.Plan forZone(UUID activePlanId, Zone zone);
}
