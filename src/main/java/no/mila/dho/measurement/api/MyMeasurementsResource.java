package no.mila.dho.measurement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.measurement.application.MeasurementQueries;
import no.mila.dho.measurement.application.OwnRecord;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.patient.api.MeResource;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My measurements. */
@Path("/api/me/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me (patient)")
@RolesAllowed(Roles.PATIENT)
public class MyMeasurementsResource {

    private final MeasurementQueries measurements;
    private final OwnRecord me;

    public MyMeasurementsResource(MeasurementQueries measurements, OwnRecord me) {
        this.measurements = measurements;
        this.me = me;
    }

    @GET
    @Audited(value = AccessAction.READ, resource = "measurement")
    @Operation(summary = "My measurements over a time range, newest first, paged")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    public Page<MeasurementView> history(@QueryParam("type") MeasurementType type,
                                         @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
                                         @Valid @BeanParam PageRequest page) {
        return measurements.history(me.patientId(), type, from, to, page).map(MeasurementView::of);
    }

    @GET
    @Path("/latest")
    @Audited(value = AccessAction.READ, resource = "measurement")
    @Operation(summary = "My newest valid value of each type")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    public List<MeasurementView> latest() {
        return measurements.latest(me.patientId()).stream().map(MeasurementView::of).toList();
    }
}
