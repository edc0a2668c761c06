package no.mila.dho.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.worklist.application.CoordinatorOverview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A municipality's patients for its coordinator. */
@Path("/api/municipalities/{number}/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
public class MunicipalityOverviewResource {

    private final CoordinatorOverview overview;

    public MunicipalityOverviewResource(CoordinatorOverview overview) {
        this.overview = overview;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.NURSE})
    @Audited(value = AccessAction.SEARCH, resource = "municipality-overview")
    @Operation(summary = "The municipality's patients: pathway state, last report, equipment, open 'no reports' "
            + "tasks; no alert contents or notes")
    public Page<CoordinatorOverview.Row> overview(@PathParam("number") String number,
                                                  @Valid @BeanParam PageRequest page) {
        return overview.of(number, page);
    }
}
