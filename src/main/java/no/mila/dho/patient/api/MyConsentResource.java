package no.mila.dho.patient.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.patient.application.ConsentOverview;
import no.mila.dho.patient.application.ConsentRecords;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The patient's own consent: they see it, and may withdraw sharing with a party themselves (withdrawing must be as
 * easy as consenting, GDPR art. 7(3); pasientjournalloven lets the patient object to sharing). Giving consent again
 * is written, collected by the coordinator or a nurse ({@link ConsentResource}).
 */
@Path("/api/me/consent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me (patient)")
@RolesAllowed(Roles.PATIENT)
public class MyConsentResource {

    /** A withdrawal by the patient; the reason is optional. */
    public record OwnWithdrawal(@NotNull SharingParty party, @Size(max = 1000) String reason) {
    }

    private final ConsentRecords consent;

    public MyConsentResource(ConsentRecords consent) {
        this.consent = consent;
    }

    @GET
    @Audited(value = AccessAction.READ, resource = "consent")
    @Operation(summary = "My consent: what I consented to, what is shared with whom, and the trail")
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    public ConsentOverview get() {
        return consent.own();
    }

    @POST
    @Path("/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.CREATE, resource = "consent")
    @Operation(summary = "Withdraw sharing with a party (hospital, municipality or GP) from now")
    @APIResponseSchema(value = ConsentOverview.class, responseCode = "201", responseDescription = "My consent now")
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    @APIResponse(responseCode = "409", description = "Sharing with that party is not allowed now (nothing to withdraw)")
    public Response withdraw(@Valid @NotNull OwnWithdrawal body) {
        return Response.status(Response.Status.CREATED).entity(consent.withdrawOwn(body.party(), body.reason()))
                .build();
    }
}
