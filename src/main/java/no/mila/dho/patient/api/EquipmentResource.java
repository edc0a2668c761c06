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
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.patient.application.EquipmentRecord;
import no.mila.dho.patient.application.EquipmentService;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Equipment handed out to a patient. */
@Path("/api/patients/{patientId}/equipment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment")
public class EquipmentResource {

    /** A device handed out. */
    public record HandOut(@NotNull EquipmentType type, @NotBlank @Size(max = 100) String serialNumber,
                          @NotNull LocalDate handedOutOn) {
    }

    /** A device returned. */
    public record Return(@NotNull LocalDate returnedOn) {
    }

    /** A device with a patient. */
    public record EquipmentView(UUID id, UUID patientId, EquipmentType type, String serialNumber,
                                LocalDate handedOutOn, String handedOutBy, LocalDate returnedOn) {
        static EquipmentView of(EquipmentRecord e) {
            return new EquipmentView(e.id(), e.patientId(), e.type(), e.serialNumber(), e.handedOutOn(),
                    e.handedOutByName(), e.returnedOn());
        }
    }

    private final EquipmentService equipment;

    public EquipmentResource(EquipmentService equipment) {
        this.equipment = equipment;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "equipment")
    @Operation(summary = "The patient's equipment, newest first")
    public List<EquipmentView> ofPatient(@PathParam("patientId") UUID patientId) {
        return equipment.ofPatient(patientId).stream().map(EquipmentView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.CREATE, resource = "equipment")
    @Operation(summary = "Record a device handed out to the patient")
    @APIResponseSchema(value = EquipmentView.class, responseCode = "201", responseDescription = "The device handed out")
    @APIResponse(responseCode = "409", description = "That device is handed out and not returned (conflict)")
    public Response handOut(@PathParam("patientId") UUID patientId, @Valid @NotNull HandOut body) {
        EquipmentRecord created = equipment.handOut(patientId, body.type(), body.serialNumber(), body.handedOutOn());
        return Response.status(Response.Status.CREATED).entity(EquipmentView.of(created)).build();
    }

    @POST
    @Path("/{equipmentId}/return")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "equipment")
    @Operation(summary = "Record that a device came back")
    @APIResponse(responseCode = "200", description = "The device, returned")
    @APIResponse(responseCode = "409", description = "The device is already returned (conflict)")
    public EquipmentView returned(@PathParam("patientId") UUID patientId, @PathParam("equipmentId") UUID equipmentId,
                                  @Valid @NotNull Return body) {
        return EquipmentView.of(equipment.markReturned(patientId, equipmentId, body.returnedOn()));
    }
}
