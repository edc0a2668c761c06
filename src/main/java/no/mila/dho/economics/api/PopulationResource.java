package no.mila.dho.economics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.economics.application.PopulationService;
import no.mila.dho.municipality.domain.MunicipalityNumber;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipalities' populations per year, which the long-term price model shares its base by. */
@Path("/api/economics/populations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class PopulationResource {

    private final PopulationService populations;

    public PopulationResource(PopulationService populations) {
        this.populations = populations;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL})
    @Operation(summary = "The inhabitants of each municipality in a year")
    @APIResponse(responseCode = "200", description = "The populations (empty when none are entered)")
    public PopulationView get(@PathParam("year") int year) {
        return new PopulationView(year, populations.ofYear(Years.checked(year)));
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEAM_LEADER)
    @Operation(summary = "Enter or change the inhabitants of the municipalities named (team leader); kept in a trail")
    @APIResponse(responseCode = "200", description = "The populations of the year after the change")
    public PopulationView put(@PathParam("year") int year, @Valid @NotNull PopulationRequest body) {
        body.inhabitants().keySet().forEach(number -> {
            if (!MunicipalityNumber.isValid(number)) {
                throw ProblemException.invalid("inhabitants." + number, "a municipality number is four digits");
            }
        });
        String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        return new PopulationView(year, populations.put(Years.checked(year), body.inhabitants(), reason));
    }
}
