package no.mila.dho.threshold.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.shared.web.EnumParam;
import no.mila.dho.threshold.api.ChangeViews.ChangeRequestView;
import no.mila.dho.threshold.application.ChangeRequestQueries;
import no.mila.dho.threshold.application.ChangeRequestQueries.Awaiting;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The threshold change work queues across patients. */
@Path("/api/threshold-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Threshold changes")
public class ThresholdChangeQueueResource {

    private final ChangeRequestQueries queries;

    public ThresholdChangeQueueResource(ChangeRequestQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    @Audited(value = AccessAction.SEARCH, resource = "threshold-change")
    @Operation(summary = "Work queue, oldest first: awaiting=ORDER (proposals waiting for the physician's order; "
            + "a physician sees their patients') or awaiting=VERIFICATION (ordered requests you may verify)")
    public Page<ChangeRequestView> queue(
            @Parameter(required = true, schema = @Schema(enumeration = {"ORDER", "VERIFICATION"}))
            @QueryParam("awaiting") String awaiting, @Valid @BeanParam PageRequest page) {
        return queries.queue(EnumParam.parse(Awaiting.class, awaiting, "awaiting"), page).map(ChangeRequestView::of);
    }
}
