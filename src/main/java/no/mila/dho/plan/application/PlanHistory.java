package no.mila.dho.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.plan.persistence.CarePlanEntity;

/**
 * Every version of a patient's self-management plan with its items, newest first, for the plan's version history
 * (the FHIR {@code CarePlan} and its {@code _history}). Discarded drafts are left out: they were never a plan, only
 * work on one. Empty when the patient has no plan (or only discarded drafts).
 */
@ApplicationScoped
public class PlanHistory {

    private final PatientAccess access;

    public PlanHistory(PatientAccess access) {
        this.access = access;
    }

    /** The versions, newest first; 404 (ProblemException) when the caller may not see the patient's clinical data. */
    public List<PlanRecord> versionsOf(UUID patientId) {
        access.requireClinical(patientId);
        return CarePlanEntity.versionsOf(patientId).stream().filter(p -> p.status != PlanStatus.DISCARDED)
                .map(PlanRecord::of).toList();
    }
}
