package no.mila.dho.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.shared.web.EnumParam;
import no.mila.dho.worklist.application.CoordinatorOverview;
import no.mila.dho.worklist.application.GpMessages;
import no.mila.dho.worklist.application.SpecialistMeeting;
import no.mila.dho.worklist.application.WorkItems;
import no.mila.dho.worklist.application.WorklistQueries;
import no.mila.dho.worklist.domain.Outcome;
import no.mila.dho.worklist.domain.TaskType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-up service's worklist, alert and task handling, GP messages, the specialist meeting, overviews. */
public final class WorklistResources {

    private WorklistResources() {
    }

    /** Closing an alert or a task. */
    public record Close(@NotNull Outcome outcome, @Size(max = 2000) String note) {
    }

    /** Green alerts to acknowledge in bulk. */
    public record Acknowledge(@NotEmpty @Size(max = 500) List<@NotNull UUID> alertIds) {
    }

    /** A message from the GP to keep in mind. */
    public record GpMessage(@NotBlank @Size(max = 1000) String text) {
    }

    /** Bringing a patient to the weekly specialist meeting. */
    public record BringUp(@NotBlank String department, @NotBlank @Size(max = 1000) String reason) {
    }

    /** The meeting's outcome for a patient. */
    public record Decision(@NotNull SpecialistMeeting.MeetingOutcome outcome, @Size(max = 2000) String note) {
    }

    /** The id of what was created. */
    public record Created(UUID id) {
    }

    /** The nurses' worklist. */
    @Path("/api/worklist")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Worklist")
    public static class Worklist {

        private final WorklistQueries queries;

        public Worklist(WorklistQueries queries) {
            this.queries = queries;
        }

        @GET
        @RolesAllowed(Roles.NURSE)
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

    /**
     * Claiming, releasing and closing an item of the worklist, and reading its trail: the same calls for alerts
     * ({@code /api/alerts}) and tasks ({@code /api/tasks}).
     */
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Worklist")
    @RolesAllowed(Roles.NURSE)
    public abstract static class WorkItemResource {

        private final WorkItems items;
        private final WorkItems.Kind kind;

        WorkItemResource(WorkItems items, WorkItems.Kind kind) {
            this.items = items;
            this.kind = kind;
        }

        @GET
        @Path("/{id}")
        @Audited(value = AccessAction.READ, resource = "work-item")
        @Operation(summary = "Its handling and its trail (who claimed, who closed, when, with what)")
        public WorkItems.Details one(@PathParam("id") UUID id) {
            return items.details(kind, id);
        }

        @POST
        @Path("/{id}/claim")
        @Audited(value = AccessAction.UPDATE, resource = "work-item")
        @Operation(summary = "Claim it while open; 409 when someone else holds it")
        @APIResponse(responseCode = "200", description = "Claimed by you")
        @APIResponse(responseCode = "409", description = "Someone else holds it, or it is closed (conflict)")
        public WorkItems.Details claim(@PathParam("id") UUID id) {
            items.claim(kind, id);
            return items.details(kind, id);
        }

        @POST
        @Path("/{id}/release")
        @Audited(value = AccessAction.UPDATE, resource = "work-item")
        @Operation(summary = "Give it back to the list (only its holder)")
        @APIResponse(responseCode = "200", description = "Back on the list")
        @APIResponse(responseCode = "409", description = "You do not hold it (conflict)")
        public WorkItems.Details release(@PathParam("id") UUID id) {
            items.release(kind, id);
            return items.details(kind, id);
        }

        @POST
        @Path("/{id}/close")
        @Consumes(MediaType.APPLICATION_JSON)
        @Audited(value = AccessAction.UPDATE, resource = "work-item")
        @Operation(summary = "Close it with an outcome and a note (only its holder); closed items never change")
        @APIResponse(responseCode = "200", description = "Closed")
        @APIResponse(responseCode = "409",
                description = "Claim it first: you do not hold it, or it is closed (conflict)")
        public WorkItems.Details close(@PathParam("id") UUID id, @Valid @NotNull Close body) {
            items.close(kind, id, body.outcome(), body.note());
            return items.details(kind, id);
        }
    }

    /** Handling alerts. */
    @Path("/api/alerts")
    @RolesAllowed(Roles.NURSE)
    public static class Alerts extends WorkItemResource {

        private final WorkItems items;

        public Alerts(WorkItems items) {
            super(items, WorkItems.Kind.ALERT);
            this.items = items;
        }

        @POST
        @Path("/acknowledgement")
        @Consumes(MediaType.APPLICATION_JSON)
        @Audited(value = AccessAction.UPDATE, resource = "work-item")
        @Operation(summary = "Acknowledge open green alerts in bulk; patients with an open message from the GP are "
                + "skipped and listed")
        public WorkItems.BulkResult acknowledge(@Valid @NotNull Acknowledge body) {
            return items.acknowledgeGreen(new ArrayList<>(body.alertIds()));
        }
    }

    /** Handling cadence tasks. */
    @Path("/api/tasks")
    @RolesAllowed(Roles.NURSE)
    public static class Tasks extends WorkItemResource {

        public Tasks(WorkItems items) {
            super(items, WorkItems.Kind.TASK);
        }
    }

    /** Messages from the GP flagged on a patient. */
    @Path("/api/patients/{patientId}/gp-messages")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Worklist")
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public static class GpMessageFlags {

        private final GpMessages messages;

        public GpMessageFlags(GpMessages messages) {
            this.messages = messages;
        }

        @GET
        @Audited(value = AccessAction.READ, resource = "gp-message")
        @Operation(summary = "The patient's message-from-GP flags, newest first")
        public List<GpMessages.Flag> list(@PathParam("patientId") UUID patientId) {
            return messages.of(patientId);
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Audited(value = AccessAction.CREATE, resource = "gp-message")
        @Operation(summary = "Flag a message from the GP: the patient's green alerts are not acknowledged in bulk")
        @APIResponseSchema(value = Created.class, responseCode = "201", responseDescription = "The flag's id")
        public Response flag(@PathParam("patientId") UUID patientId, @Valid @NotNull GpMessage body) {
            return Response.status(Response.Status.CREATED).entity(new Created(messages.flag(patientId, body.text())))
                    .build();
        }

        @POST
        @Path("/{flagId}/clear")
        @Audited(value = AccessAction.UPDATE, resource = "gp-message")
        @Operation(summary = "Clear the flag once the message is dealt with")
        @APIResponse(responseCode = "204", description = "Cleared")
        public Response clear(@PathParam("patientId") UUID patientId, @PathParam("flagId") UUID flagId) {
            messages.clear(patientId, flagId);
            return Response.noContent().build();
        }
    }

    /** Bringing a patient to the weekly specialist meeting. */
    @Path("/api/patients/{patientId}/specialist-meeting")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Worklist")
    public static class BringUpPatient {

        private final SpecialistMeeting meeting;

        public BringUpPatient(SpecialistMeeting meeting) {
            this.meeting = meeting;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
        @Audited(value = AccessAction.CREATE, resource = "specialist-meeting")
        @Operation(summary = "Bring the patient to the weekly interdisciplinary meeting of a department (AHUS_LUNG, AHUS_HEART)")
        @APIResponseSchema(value = Created.class, responseCode = "201", responseDescription = "The meeting item's id")
        public Response bringUp(@PathParam("patientId") UUID patientId, @Valid @NotNull BringUp body) {
            return Response.status(Response.Status.CREATED)
                    .entity(new Created(meeting.bringUp(patientId, body.department(), body.reason()))).build();
        }
    }

    /** The weekly specialist meeting's list and outcomes. */
    @Path("/api/specialist-meeting")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Worklist")
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public static class Meeting {

        private final SpecialistMeeting meeting;

        public Meeting(SpecialistMeeting meeting) {
            this.meeting = meeting;
        }

        @GET
        @Audited(value = AccessAction.SEARCH, resource = "specialist-meeting")
        @Operation(summary = "The patients brought up for a department's meeting, with latest values and open items")
        public List<SpecialistMeeting.Entry> list(@QueryParam("department") @NotBlank String department) {
            return meeting.list(department);
        }

        @POST
        @Path("/{itemId}/outcome")
        @Consumes(MediaType.APPLICATION_JSON)
        @Audited(value = AccessAction.UPDATE, resource = "specialist-meeting")
        @Operation(summary = "Record the meeting's outcome for the patient")
        @APIResponse(responseCode = "204", description = "Recorded")
        @APIResponse(responseCode = "409", description = "The meeting already recorded an outcome for this patient "
                + "(conflict)")
        public Response decide(@PathParam("itemId") UUID itemId, @Valid @NotNull Decision body) {
            meeting.decide(itemId, body.outcome(), body.note());
            return Response.noContent().build();
        }
    }

    /** A municipality's patients for its coordinator. */
    @Path("/api/municipalities/{number}/overview")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Worklist")
    public static class Overview {

        private final CoordinatorOverview overview;

        public Overview(CoordinatorOverview overview) {
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
}
