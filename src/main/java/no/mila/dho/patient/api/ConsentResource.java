package no.mila.dho.patient.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
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
 * The patient's consent (docs/consent.md): read by the staff who see the patient; withdrawals of sharing and new
 * written consents recorded by the follow-up service's nurses and the coordinator of the patient's municipality (who
 * collects consent). A withdrawal stops outgoing messages to that party and, for the hospital, FHIR access, from the
 * moment it is recorded.
 */
@Path("/api/patients/{patientId}/consent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class ConsentResource {

    static final String NOT_NOW = "Nothing to withdraw, or sharing is allowed already, or no written consent yet "
            + "(conflict)";

    /** A withdrawal of sharing with one party, and why. */
    public record Withdrawal(@NotNull SharingParty party, @NotBlank @Size(max = 1000) String reason) {
    }

    /** Written consent given again to sharing with one party after a withdrawal: the date on the form, and a note. */
    public record Renewal(@NotNull SharingParty party, @NotNull LocalDate consentDate,
                          @NotBlank @Size(max = 1000) String reason) {
    }

    private final ConsentRecords consent;

    public ConsentResource(ConsentRecords consent) {
        this.consent = consent;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "consent")
    @Operation(summary = "The patient's consent: the digital system, sharing per party (hospital, municipality, GP) "
            + "and the trail")
    public ConsentOverview get(@PathParam("patientId") UUID patientId) {
        return consent.of(patientId);
    }

    @POST
    @Path("/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.CREATE, resource = "consent")
    @Operation(summary = "Record that the patient withdrew sharing with a party (stops messages to it, and for the "
            + "hospital FHIR access, at once)")
    @APIResponseSchema(value = ConsentOverview.class, responseCode = "201", responseDescription = "The consent now")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Response withdraw(@PathParam("patientId") UUID patientId, @Valid @NotNull Withdrawal body) {
        return Response.status(Response.Status.CREATED)
                .entity(consent.withdraw(patientId, body.party(), body.reason())).build();
    }

    @POST
    @Path("/renewals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.CREATE, resource = "consent")
    @Operation(summary = "Record that the patient gave written consent again to sharing with a party after a "
            + "withdrawal (allowed from the moment it is recorded)")
    @APIResponseSchema(value = ConsentOverview.class, responseCode = "201", responseDescription = "The consent now")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Response renew(@PathParam("patientId") UUID patientId, @Valid @NotNull Renewal body) {
        return Response.status(Response.Status.CREATED)
                .entity(consent.giveAgain(patientId, body.party(), body.consentDate(), body.reason())).build();
    }
}
