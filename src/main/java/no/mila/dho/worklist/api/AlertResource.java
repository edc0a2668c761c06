package no.mila.dho.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import no.mila.dho.alert.application.AlertHandling;
import no.mila.dho.alert.application.GreenAlerts;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Handling alerts on the worklist (the alert feature does the handling). */
@Path("/api/alerts")
@RolesAllowed(Roles.NURSE)
public class AlertResource extends WorkItemResource {

    private final GreenAlerts green;

    public AlertResource(AlertHandling alerts, GreenAlerts green) {
        super(alerts);
        this.green = green;
    }

    @POST
    @Path("/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    @Operation(summary = "Acknowledge open green alerts in bulk; patients with an open message from the GP are "
            + "skipped and listed")
    public GreenAlerts.BulkResult acknowledge(@Valid @NotNull Acknowledge body) {
        return green.acknowledge(new ArrayList<>(body.alertIds()));
    }
}
