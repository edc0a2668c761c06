package no.mila.dho.plan.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.measurement.domain.PatientMessages;
import no.mila.dho.patient.api.MeResource;
import no.mila.dho.plan.api.PlanViews.MyPlanView;
import no.mila.dho.plan.application.PlanQueries;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's own self-management plan, as they read it. */
@Path("/api/me/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me (patient)")
public class MyPlanResource {

    private final PlanQueries queries;

    public MyPlanResource(PlanQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed(Roles.PATIENT)
    @Audited(value = AccessAction.READ, resource = "plan")
    @Operation(summary = "My self-management plan; while none is approved, a message that it is being prepared")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    public MyPlanView mine() {
        return queries.mine().map(MyPlanView::of).orElseGet(() -> MyPlanView.notReady(PatientMessages.PLAN_NOT_READY));
    }
}
