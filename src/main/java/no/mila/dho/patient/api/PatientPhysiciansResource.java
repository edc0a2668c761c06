package no.mila.dho.patient.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.patient.application.PatientService;
import no.mila.dho.patient.application.PhysicianTrail;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A patient's GP (fastlege) and responsible physician: who they are decides which physicians see the patient,
 * so they are changed by a call of their own, and every change is kept with who made it.
 */
@Path("/api/patients/{patientId}/physicians")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class PatientPhysiciansResource {

    private final PatientService patients;
    private final PhysicianTrail trail;
    private final PatientBodies bodies;

    public PatientPhysiciansResource(PatientService patients, PhysicianTrail trail, PatientBodies bodies) {
        this.patients = patients;
        this.trail = trail;
        this.bodies = bodies;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "patient-physicians")
    @Operation(summary = "Set or change the patient's GP and responsible physician (both sent, null clears one; "
            + "send the version you read)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PhysiciansRequest.class)))
    @APIResponse(responseCode = "200", description = "The patient as stored")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it (concurrent-modification)")
    public PatientView change(@PathParam("patientId") UUID patientId, JsonNode body) {
        PhysiciansRequest change = bodies.physicians(body);
        return PatientView.of(patients.update(patientId, change.version(), stored ->
                PatientRequest.of(stored, change.version()).withPhysicians(change.gp(), change.responsiblePhysician())
                        .details()));
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "patient-physicians")
    @Operation(summary = "Who set or changed the patient's GP and responsible physician, from what to what, newest first")
    public List<PhysicianChangeView> history(@PathParam("patientId") UUID patientId) {
        return trail.history(patientId).stream().map(PhysicianChangeView::of).toList();
    }
}
