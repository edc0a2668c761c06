package no.mila.dho.worklist.api;

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
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.shared.web.EnumParam;
import no.mila.dho.worklist.application.WorklistQueries;
import no.mila.dho.worklist.domain.TaskType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The nurses' worklist; the team leader sees it too, to distribute the work. */
@Path("/api/worklist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
public class WorklistResource {

    private final WorklistQueries queries;

    public WorklistResource(WorklistQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.TEAM_LEADER})
    @Audited(value = AccessAction.SEARCH, resource = "worklist")
    @Operation(summary = "Open alerts (a patient once, at the worst) and tasks due: red, yellow, tasks, green; "
            + "oldest first within a level; with counts per level")
    public WorklistQueries.Worklist worklist(@QueryParam("municipality") String municipality,
                                             @QueryParam("pathway") String pathway,
                                             @QueryParam("zone") String zone,
                                             @QueryParam("taskType") String taskType,
                                             @QueryParam("assigned") String assigned,
                                             @Valid @BeanParam PageRequest page) {
        return queries.worklist(new WorklistQueries.Filter(municipality, pathway,
                zone == null ? null : EnumParam.parse(Zone.class, zone, "zone"),
                taskType == null ? null : EnumParam.parse(TaskType.class, taskType, "taskType"),
                assigned == null ? null : EnumParam.parse(WorklistQueries.Assigned.class, assigned, "assigned")), page);
    }
}
