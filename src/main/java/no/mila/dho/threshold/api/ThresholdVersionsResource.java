package no.mila.dho.threshold.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.threshold.api.ChangeViews.VersionView;
import no.mila.dho.threshold.application.ThresholdHistory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The history of a patient's threshold versions. */
@Path("/api/patients/{patientId}/threshold-versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Threshold changes")
public class ThresholdVersionsResource {

    private final ThresholdHistory history;

    public ThresholdVersionsResource(ThresholdHistory history) {
        this.history = history;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "thresholds")
    @Operation(summary = "Every version of the patient's thresholds, newest first: limits, the difference from "
            + "the previous version, and the trail (proposed, ordered, verified: by whom, when, why)")
    public List<VersionView> history(@PathParam("patientId") UUID patientId) {
        return history.of(patientId).stream().map(VersionView::of).toList();
    }
}
