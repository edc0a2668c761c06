package no.mila.dho.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.worklist.application.DeviceDoubts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A nurse's doubt about a patient's device: a control measurement, or a device-check visit by the coordinator. */
@Path("/api/patients/{patientId}/device-doubts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
@RolesAllowed(Roles.NURSE)
public class DeviceDoubtResource {

    /** The nurse's note to the patient, after the standing request. */
    public record ControlMeasurement(@Size(max = 2000) String note) {
    }

    /** The device to check, if known. */
    public record DeviceCheck(EquipmentType device) {
    }

    private final DeviceDoubts doubts;

    public DeviceDoubtResource(DeviceDoubts doubts) {
        this.doubts = doubts;
    }

    @POST
    @Path("/control-measurement")
    @Audited(value = AccessAction.CREATE, resource = "device-doubt")
    @Operation(summary = "Ask the patient (by message) for a control measurement; a task is due the next working day")
    @APIResponseSchema(value = DeviceDoubts.Requested.class, responseCode = "201", responseDescription = "Asked")
    @APIResponse(responseCode = "409", description = "No open pathway, or a control measurement is already asked for")
    public Response controlMeasurement(@PathParam("patientId") UUID patientId, @Valid ControlMeasurement body) {
        return created(doubts.askForControlMeasurement(patientId, body == null ? null : body.note()));
    }

    @POST
    @Path("/device-check")
    @Audited(value = AccessAction.CREATE, resource = "device-doubt")
    @Operation(summary = "Ask the home municipality's coordinator for a visit to check the device (in their overview)")
    @APIResponseSchema(value = DeviceDoubts.Requested.class, responseCode = "201", responseDescription = "Asked")
    @APIResponse(responseCode = "409", description = "No open pathway, or a device check is already asked for")
    public Response deviceCheck(@PathParam("patientId") UUID patientId, @Valid DeviceCheck body) {
        return created(doubts.askForDeviceCheck(patientId, body == null ? null : body.device()));
    }

    private static Response created(DeviceDoubts.Requested requested) {
        return Response.status(Response.Status.CREATED).entity(requested).build();
    }
}
