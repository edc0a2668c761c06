package no.mila.dho.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.worklist.application.TaskHandling;

/** Handling cadence tasks on the worklist. */
@Path("/api/tasks")
@RolesAllowed(Roles.NURSE)
public class TaskResource extends WorkItemResource {

    public TaskResource(TaskHandling tasks) {
        super(tasks);
    }
}
