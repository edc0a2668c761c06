package no.mila.dho.plan.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.plan.application.PlanQueries;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether a patient has an approved plan: for coordinators too, without its content. */
@Path("/api/patients/{patientId}/plan-status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Self-management plan")
public class PlanStatusResource {

    private final PlanQueries queries;

    public PlanStatusResource(PlanQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.COORDINATOR})
    @Audited(value = AccessAction.READ, resource = "plan-status")
    @Operation(summary = "Whether the patient has an approved plan (no content)")
    public PlanQueries.PlanStatusSummary status(@PathParam("patientId") UUID patientId) {
        return queries.status(patientId);
    }
}
