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
import no.mila.dho.patient.api.MeResource;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's messages with the follow-up service, from the app. Nothing here can reach another patient. */
@Path("/api/me/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me (patient)")
@RolesAllowed(Roles.PATIENT)
public class MyMessagesResource {

    private final MessageThreads threads;

    public MyMessagesResource(MessageThreads threads) {
        this.threads = threads;
    }

    @GET
    @Audited(value = AccessAction.READ, resource = "message")
    @Operation(summary = "My threads with the follow-up service, latest message first; unread counts the service's")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    public Page<MessageViews.MessageThread> threads(@Valid @BeanParam PageRequest page) {
        return threads.threads(threads.me(), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.CREATE, resource = "message")
    @Operation(summary = "Start a thread; answered at once by the automatic reply (not an emergency service, when it "
            + "will be read)")
    @APIResponseSchema(value = MessageViews.MessageSent.class, responseCode = "201", responseDescription = "Sent")
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    public Response start(@Valid @NotNull ThreadRequest body) {
        return created(threads.start(threads.me(), body.subject(), body.text()));
    }

    @GET
    @Path("/{threadId}")
    @Audited(value = AccessAction.READ, resource = "message")
    @Operation(summary = "A thread and a page of its messages, newest first")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No such thread of mine, or " + MeResource.NO_RECORD)
    public MessageViews.ThreadWithMessages thread(@PathParam("threadId") UUID threadId,
                                                  @Valid @BeanParam PageRequest page) {
        return threads.thread(threads.me(), threadId, page);
    }

    @POST
    @Path("/{threadId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.CREATE, resource = "message")
    @Operation(summary = "Write in a thread; answered at once by the automatic reply")
    @APIResponseSchema(value = MessageViews.MessageSent.class, responseCode = "201", responseDescription = "Sent")
    @APIResponse(responseCode = "404", description = "No such thread of mine, or " + MeResource.NO_RECORD)
    public Response write(@PathParam("threadId") UUID threadId, @Valid @NotNull MessageRequest body) {
        return created(threads.write(threads.me(), threadId, body.text()));
    }

    @POST
    @Path("/{threadId}/read")
    @Audited(value = AccessAction.UPDATE, resource = "message")
    @Operation(summary = "Mark the service's messages of the thread read")
    @APIResponse(responseCode = "204", description = "Marked read")
    @APIResponse(responseCode = "404", description = "No such thread of mine, or " + MeResource.NO_RECORD)
    public Response read(@PathParam("threadId") UUID threadId) {
        threads.read(threads.me(), threadId);
        return Response.noContent().build();
    }

    static Response created(MessageViews.MessageSent sent) {
        return Response.status(Response.Status.CREATED).entity(sent).build();
    }
}
