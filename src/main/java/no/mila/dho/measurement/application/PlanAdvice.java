package no.mila.dho.measurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.PatientMessages;
import no.mila.dho.measurement.domain.Zone;

/**
 * The advice of the patient's self-management plan for a zone. Until the plan feature (egenbehandlingsplan)
 * arrives, every patient is told that their plan is being prepared: a clear message, not an error.
 */
@ApplicationScoped
public class PlanAdvice {

    public ReportAnswer.Plan forZone(UUID patientId, Zone zone) {
        return new ReportAnswer.Plan(false, PatientMessages.PLAN_NOT_READY, List.of());
    }
}
