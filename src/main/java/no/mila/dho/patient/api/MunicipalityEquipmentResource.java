package no.mila.dho.patient.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.patient.api.EquipmentResource.EquipmentView;
import no.mila.dho.patient.application.EquipmentService;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The equipment out with the patients of one municipality. */
@Path("/api/municipalities/{number}/equipment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment")
public class MunicipalityEquipmentResource {

    private final EquipmentService equipment;

    public MunicipalityEquipmentResource(EquipmentService equipment) {
        this.equipment = equipment;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.SEARCH, resource = "equipment")
    @Operation(summary = "Equipment of a municipality's patients (coordinators: their own municipality), paged")
    public Page<EquipmentView> ofMunicipality(
            @PathParam("number") @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality number")
            String number, @QueryParam("outOnly") @DefaultValue("false") boolean outOnly,
            @Valid @BeanParam PageRequest page) {
        return equipment.ofMunicipality(number, outOnly, page).map(EquipmentView::of);
    }
}
