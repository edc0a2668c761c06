package no.mila.dho.messaging.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.messaging.application.MessageThreads;
import no.mila.dho.messaging.application.MessageViews;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A patient's threads with the follow-up service, for its nurses. Coordinators and physicians have no access
 * (403): the patient writes to the follow-up service, and only it reads (docs/messages.md).
 */
@Path("/api/patients/{patientId}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
@RolesAllowed(Roles.NURSE)
public class PatientMessagesResource {

    private static final String NO_PATIENT = "No such patient, or none the caller may see";

    private final MessageThreads threads;

    public PatientMessagesResource(MessageThreads threads) {
        this.threads = threads;
    }

    @GET
    @Audited(value = AccessAction.READ, resource = "message")
    @Operation(summary = "The patient's threads, latest message first; unread counts the patient's")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = NO_PATIENT)
    public Page<MessageViews.MessageThread> threads(@PathParam("patientId") UUID patientId,
                                             @Valid @BeanParam PageRequest page) {
        return threads.threads(threads.service(patientId), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.CREATE, resource = "message")
    @Operation(summary = "Start a thread with the patient (e.g. the monthly contact)")
    @APIResponseSchema(value = MessageViews.MessageSent.class, responseCode = "201", responseDescription = "Sent")
    @APIResponse(responseCode = "404", description = NO_PATIENT)
    public Response start(@PathParam("patientId") UUID patientId, @Valid @NotNull ThreadRequest body) {
        return MyMessagesResource.created(threads.start(threads.service(patientId), body.subject(), body.text()));
    }

    @GET
    @Path("/{threadId}")
    @Audited(value = AccessAction.READ, resource = "message")
    @Operation(summary = "A thread and a page of its messages, newest first, with who read the patient's and when")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = NO_PATIENT + ", or no such thread of theirs")
    public MessageViews.ThreadWithMessages thread(@PathParam("patientId") UUID patientId,
                                                  @PathParam("threadId") UUID threadId,
                                                  @Valid @BeanParam PageRequest page) {
        return threads.thread(threads.service(patientId), threadId, page);
    }

    @POST
    @Path("/{threadId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.CREATE, resource = "message")
    @Operation(summary = "Answer in a thread; the patient's messages before it count as read by the caller")
    @APIResponseSchema(value = MessageViews.MessageSent.class, responseCode = "201", responseDescription = "Sent")
    @APIResponse(responseCode = "404", description = NO_PATIENT + ", or no such thread of theirs")
    public Response write(@PathParam("patientId") UUID patientId, @PathParam("threadId") UUID threadId,
                          @Valid @NotNull MessageRequest body) {
        return MyMessagesResource.created(threads.write(threads.service(patientId), threadId, body.text()));
    }

    @POST
    @Path("/{threadId}/read")
    @Audited(value = AccessAction.UPDATE, resource = "message")
    @Operation(summary = "Mark the patient's messages of the thread read by the caller (they leave the worklist)")
    @APIResponse(responseCode = "204", description = "Marked read")
    @APIResponse(responseCode = "404", description = NO_PATIENT + ", or no such thread of theirs")
    public Response read(@PathParam("patientId") UUID patientId, @PathParam("threadId") UUID threadId) {
        threads.read(threads.service(patientId), threadId);
        return Response.noContent().build();
    }
}
