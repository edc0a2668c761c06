package no.mila.dho.outbox.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.outbox.application.FailedMessages;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The outbox as the follow-up service's nurses see it: the messages that could not be delivered, sending one again,
 * and the local inbox of the demo. Messages hold patient data: every request is in the access log.
 */
@Path("/api/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outgoing messages")
@RolesAllowed(Roles.NURSE)
public class OutboxResource {

    private final FailedMessages messages;
    private final CurrentUser user;
    private final ObjectMapper json;

    public OutboxResource(FailedMessages messages, CurrentUser user, ObjectMapper json) {
        this.messages = messages;
        this.user = user;
        this.json = json;
    }

    @GET
    @Path("/failed")
    @Audited(value = AccessAction.SEARCH, resource = "outgoing-message")
    @Operation(summary = "Messages parked as FAILED (delivery kept failing, or no recipient registered), the most "
            + "recently parked first, with the reason")
    public Page<MessageView> failed(@Valid @BeanParam PageRequest page) {
        return messages.failed(page).map(MessageView::of);
    }

    @POST
    @Path("/messages/{id}/resend")
    @Audited(value = AccessAction.UPDATE, resource = "outgoing-message")
    @Operation(summary = "Send a FAILED message again: PENDING and due at once, attempts counted anew, the same "
            + "message id; the recipient is looked up in the register again")
    @APIResponse(responseCode = "200", description = "The message, PENDING")
    @APIResponse(responseCode = "409", description = "The message is not FAILED")
    public MessageView resend(@PathParam("id") UUID id) {
        return MessageView.of(messages.resend(id, user.subject(), user.displayName()));
    }

    @GET
    @Path("/inbox")
    @Audited(value = AccessAction.SEARCH, resource = "outbox-inbox")
    @Operation(summary = "The local inbox (transport 'inbox', the demo): what the recipients would have received, "
            + "newest first")
    public Page<InboxView> inbox(@Valid @BeanParam PageRequest page) {
        return messages.inbox(page).map(r -> InboxView.of(r, json));
    }
}
