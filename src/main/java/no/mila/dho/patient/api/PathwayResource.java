package no.mila.dho.patient.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pathways with their assessment checklist (reference data). */
@Path("/api/pathways")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN, Roles.ADMIN})
public class PathwayResource {

    /** A criterion of the assessment checklist. */
    public record CriterionView(String code, String kind, String textNb, String textEn) {
    }

    /** A pathway and its checklist (general criteria first). */
    public record PathwayView(String code, String nameNb, String nameEn, String department, boolean active,
                              List<CriterionView> criteria) {

        static PathwayView of(ReferenceData.Pathway p) {
            return new PathwayView(p.code(), p.nameNb(), p.nameEn(), p.department(), p.active(), p.criteria().stream()
                    .map(c -> new CriterionView(c.code(), c.kind(), c.textNb(), c.textEn())).toList());
        }
    }

    private final ReferenceData referenceData;

    public PathwayResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    @Operation(summary = "The pathways and the assessment checklist of each")
    public List<PathwayView> pathways() {
        return referenceData.pathways().stream().map(PathwayView::of).toList();
    }
}
