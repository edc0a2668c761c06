package no.mila.dho.measurement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.measurement.application.MeasurementQueries;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A patient's measurements for the follow-up service and the patient's physicians (not for coordinators). */
@Path("/api/patients/{patientId}/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurements")
public class MeasurementResource {

    /** Why a value is wrong. */
    public record Invalidation(@NotBlank @Size(max = 500) String reason) {
    }

    private final MeasurementQueries measurements;
    private final PatientAccess access;
    private final CurrentUser user;

    public MeasurementResource(MeasurementQueries measurements, PatientAccess access, CurrentUser user) {
        this.measurements = measurements;
        this.access = access;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "measurement")
    @Operation(summary = "Measurements over a time range (from inclusive, to exclusive), newest first, paged")
    public Page<MeasurementView> history(@PathParam("patientId") UUID patientId, @QueryParam("type") MeasurementType type,
                                         @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
                                         @Valid @BeanParam PageRequest page) {
        access.requireClinical(patientId);
        return measurements.history(patientId, type, from, to, page).map(MeasurementView::of);
    }

    @GET
    @Path("/latest")
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "measurement")
    @Operation(summary = "The newest valid value of each measurement type")
    public List<MeasurementView> latest(@PathParam("patientId") UUID patientId) {
        access.requireClinical(patientId);
        return measurements.latest(patientId).stream().map(MeasurementView::of).toList();
    }

    @POST
    @Path("/{measurementId}/invalidation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NURSE)
    @Audited(value = AccessAction.UPDATE, resource = "measurement")
    @Operation(summary = "Mark a value invalid (e.g. faulty device): kept, shown as invalid, left out of trends")
    @APIResponse(responseCode = "200", description = "The measurement, marked invalid")
    @APIResponse(responseCode = "409", description = "The measurement is already marked invalid (conflict)")
    public MeasurementView invalidate(@PathParam("patientId") UUID patientId,
                                      @PathParam("measurementId") UUID measurementId,
                                      @Valid @NotNull Invalidation body) {
        access.requireClinical(patientId);
        return MeasurementView.of(measurements.invalidate(patientId, measurementId, body.reason(), user.displayName()));
    }
}
