package no.mila.dho.patient.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.patient.application.PatientService;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Patients: registration and search, limited to the patients the caller has a need to see. */
@Path("/api/patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class PatientResource {

    private final PatientService patients;
    private final PatientQueries queries;
    private final PatientBodies bodies;

    public PatientResource(PatientService patients, PatientQueries queries, PatientBodies bodies) {
        this.patients = patients;
        this.queries = queries;
        this.bodies = bodies;
    }

    @POST
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.CREATE, resource = "patient")
    @Operation(summary = "Register a patient (coordinators: in their own municipality)")
    @APIResponseSchema(value = PatientView.class, responseCode = "201", responseDescription = "The registered patient")
    @APIResponse(responseCode = "409", description = "A patient with this national identity number is already registered (conflict)")
    public Response register(@Valid @NotNull PatientRequest request, @Context UriInfo uri) {
        if (request.nationalId() == null) {
            throw ProblemException.invalid("nationalId", "is required");
        }
        PatientView created = PatientView.of(patients.register(request.details()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN})
    @Audited(value = AccessAction.SEARCH, resource = "patient")
    @Operation(summary = "Search the patients you may see, by name, national id and municipality, paged")
    public Page<PatientSummary> search(@QueryParam("name") String name, @QueryParam("nationalId") String nationalId,
                                       @QueryParam("municipality") String municipality,
                                       @Valid @BeanParam PageRequest page) {
        return queries.search(name, nationalId, municipality, page).map(PatientSummary::of);
    }

    @GET
    @Path("/{patientId}")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "patient")
    @Operation(summary = "One patient's registration and pathway state")
    public PatientView get(@PathParam("patientId") UUID patientId) {
        return PatientView.of(queries.get(patientId));
    }

    @PUT
    @Path("/{patientId}")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "patient")
    @Operation(summary = "Replace a patient's registration: send every field (null clears an optional one) and "
            + "the version you read")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PatientRequest.class)))
    @APIResponse(responseCode = "200", description = "The patient as stored")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it (concurrent-modification)")
    public PatientView replace(@PathParam("patientId") UUID patientId, JsonNode body) {
        PatientRequest replacement = bodies.replacement(body);
        return PatientView.of(patients.update(patientId, replacement.version(), stored -> replacement.details()));
    }

    @PATCH
    @Path("/{patientId}")
    @Consumes(PatientBodies.MERGE_PATCH)
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "patient")
    @Operation(summary = "Change some fields of a patient's registration (JSON Merge Patch, RFC 7396): fields left "
            + "out stay, null clears; send the version you read")
    @RequestBody(required = true, content = @Content(mediaType = PatientBodies.MERGE_PATCH,
            schema = @Schema(implementation = PatientRequest.class)))
    @APIResponse(responseCode = "200", description = "The patient as stored")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it (concurrent-modification)")
    public PatientView patch(@PathParam("patientId") UUID patientId, JsonNode patch) {
        long version = bodies.patchVersion(patch);
        return PatientView.of(patients.update(patientId, version,
                stored -> bodies.merged(PatientRequest.of(stored, version), patch).details()));
    }

    /** The Keycloak login of the patient's own app. */
    public record LoginLink(@jakarta.validation.constraints.Size(max = 255) String subject) {
    }

    @PUT
    @Path("/{patientId}/login")
    @RolesAllowed(Roles.ADMIN)
    @Audited(value = AccessAction.UPDATE, resource = "patient-login")
    @Operation(summary = "Link the patient's Keycloak login (subject), or unlink with null (admin)")
    @APIResponse(responseCode = "204", description = "Linked or unlinked")
    @APIResponse(responseCode = "409", description = "This login is already linked to another patient (conflict)")
    public Response linkLogin(@PathParam("patientId") UUID patientId, @Valid @NotNull LoginLink link) {
        patients.linkLogin(patientId, link.subject());
        return Response.noContent().build();
    }
}
