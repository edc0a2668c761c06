package no.mila.dho.threshold.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.threshold.application.ThresholdService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's thresholds in force (nurses, the patient's physicians). */
@Path("/api/patients/{patientId}/thresholds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thresholds")
public class PatientThresholdsResource {

    private final ThresholdService thresholds;
    private final PatientAccess access;

    public PatientThresholdsResource(ThresholdService thresholds, PatientAccess access) {
        this.thresholds = thresholds;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "thresholds")
    @Operation(summary = "The patient's threshold set in force")
    public ThresholdSetView inForce(@PathParam("patientId") UUID patientId) {
        access.requireClinical(patientId);
        return ThresholdSetView.of(thresholds.inForceVersion(patientId)
                .orElseThrow(() -> ProblemException.notFound("Thresholds of patient " + patientId)));
    }
}
