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

/** The hospital departments (reference data). */
@Path("/api/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN, Roles.ADMIN})
public class DepartmentResource {

    /** A hospital department. */
    public record DepartmentView(String code, String name) {
    }

    private final ReferenceData referenceData;

    public DepartmentResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    @Operation(summary = "The hospital departments")
    public List<DepartmentView> departments() {
        return referenceData.departments().stream().map(d -> new DepartmentView(d.code(), d.name())).toList();
    }
}
