package no.mila.dho.municipality.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.municipality.domain.Municipality;
import no.mila.dho.municipality.domain.MunicipalityNumber;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipalities of the collaboration: reference data for staff. */
@Path("/api/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN, Roles.ADMIN})
public class MunicipalityResource {

    private final MunicipalityService service;
    private final CurrentUser user;

    public MunicipalityResource(MunicipalityService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @Operation(summary = "All municipalities of the collaboration, by name")
    public List<MunicipalityView> list() {
        return service.all().stream().map(MunicipalityView::of).toList();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "One municipality by its four-digit number")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "The number is not four digits")
    public MunicipalityView get(@PathParam("number") String number) {
        return MunicipalityView.of(service.get(checked(number)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a municipality joining the collaboration (admin)")
    @APIResponseSchema(value = MunicipalityView.class, responseCode = "201",
            responseDescription = "The municipality added")
    @APIResponse(responseCode = "409", description = "A municipality with that number or name is already registered "
            + "(conflict)")
    public Response add(@Valid @NotNull NewMunicipality body, @jakarta.ws.rs.core.Context UriInfo uri) {
        Municipality added = service.add(body.number(), body.name().trim(), body.partnerSince(), user.subject());
        URI location = uri.getAbsolutePathBuilder().path(added.number()).build();
        return Response.created(location).entity(MunicipalityView.of(added)).build();
    }

    @POST
    @Path("/{number}/deactivation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Deactivate a municipality that leaves the collaboration (admin)")
    @APIResponse(responseCode = "200", description = "The municipality, inactive from the date given")
    @APIResponse(responseCode = "409", description = "The municipality is already inactive (conflict)")
    public MunicipalityView deactivate(@PathParam("number") String number, @Valid @NotNull Deactivation body) {
        return MunicipalityView.of(service.deactivate(checked(number), body.effectiveFrom(), user.subject()));
    }

    private static String checked(String number) {
        if (!MunicipalityNumber.isValid(number)) {
            throw ProblemException.invalid("number", "a municipality number is four digits");
        }
        return number;
    }
}
