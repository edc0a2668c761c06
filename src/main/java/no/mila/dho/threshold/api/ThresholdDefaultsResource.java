package no.mila.dho.threshold.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.mila.dho.shared.review.Review;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.threshold.application.DefaultThresholds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pathway default thresholds (admin replaces and reviews them; nurses and physicians read them). */
@Path("/api/threshold-defaults")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thresholds")
public class ThresholdDefaultsResource {

    private final DefaultThresholds defaults;
    private final CurrentUser user;

    public ThresholdDefaultsResource(DefaultThresholds defaults, CurrentUser user) {
        this.defaults = defaults;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    @Operation(summary = "The default threshold set in force of each pathway")
    public List<ThresholdSetView> list() {
        return defaults.inForce().stream().map(ThresholdSetView::of).toList();
    }

    @PUT
    @Path("/{pathway}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a pathway's defaults (new version, provisional until reviewed); patients' copies are not changed")
    public ThresholdSetView replace(@PathParam("pathway") String pathway, @Valid @NotNull DefaultsRequest body) {
        return ThresholdSetView.of(defaults.replace(pathway, LimitsView.toDomain(body.limits(),
                body.weightTrend(), body.notMeasured()), user.subject()));
    }

    @POST
    @Path("/{pathway}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the clinical lead's review: the defaults (and unchanged copies) are no longer provisional")
    public ThresholdSetView review(@PathParam("pathway") String pathway, @Valid @NotNull Review body) {
        return ThresholdSetView.of(defaults.recordReview(pathway, body.reviewedBy(), body.reviewedOn(), body.note()));
    }
}
