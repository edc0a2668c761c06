package no.mila.dho.patient.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.mila.dho.patient.persistence.CriterionEntity;
import no.mila.dho.patient.persistence.DepartmentEntity;
import no.mila.dho.patient.persistence.PathwayEntity;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pathways with their assessment checklist, and the hospital departments (reference data). */
@Path("/api")
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
    }

    /** A hospital department. */
    public record DepartmentView(String code, String name) {
    }

    @GET
    @Path("/pathways")
    @Operation(summary = "The pathways and the assessment checklist of each")
    public List<PathwayView> pathways() {
        return PathwayEntity.<PathwayEntity>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(p -> new PathwayView(p.code, p.nameNb, p.nameEn, p.department, p.active,
                        CriterionEntity.forPathway(p.code).stream()
                                .map(c -> new CriterionView(c.code, c.kind, c.textNb, c.textEn)).toList()))
                .toList();
    }

    @GET
    @Path("/departments")
    @Operation(summary = "The hospital departments")
    public List<DepartmentView> departments() {
        return DepartmentEntity.<DepartmentEntity>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(d -> new DepartmentView(d.code, d.name)).toList();
    }
}
