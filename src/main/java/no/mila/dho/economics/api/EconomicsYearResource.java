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
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import no.mila.dho.economics.application.YearSettings;
import no.mila.dho.economics.application.YearSettingsService;
import no.mila.dho.economics.domain.YearParameters;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The price model's parameters of each operating year (docs/pricing.md). */
@Path("/api/economics/years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class EconomicsYearResource {

    private static final BigDecimal DEFAULT_BASE_SHARE = new BigDecimal("30");

    private final YearSettingsService years;

    public EconomicsYearResource(YearSettingsService years) {
        this.years = years;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Operation(summary = "A year's parameters (mark-up, recipients per nurse, start-up fee, deadlines, base share)")
    @APIResponse(responseCode = "200", description = "The parameters")
    @APIResponse(responseCode = "404", description = "The year has no parameters")
    public YearView get(@PathParam("year") int year) {
        return YearView.of(years.require(Years.checked(year)));
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEAM_LEADER)
    @Operation(summary = "Create or change a year's parameters (team leader); kept in the trail")
    @APIResponse(responseCode = "200", description = "The parameters as stored, with the new version")
    @APIResponse(responseCode = "409",
            description = "The version sent is not the one stored (concurrent-modification)")
    public YearView put(@PathParam("year") int year, @Valid @NotNull YearRequest body) {
        YearParameters p = new YearParameters(Years.checked(year), body.riskMarkupPercent(),
                body.recipientsPerNurse(), body.startUpDays(), Optional.ofNullable(body.nurseDayCost()).map(Nok::new),
                body.targetsDue(), body.secondHalfFromMonth(), body.secondHalfDue(),
                body.version() == null ? 0 : body.version());
        BigDecimal base = body.baseSharePercent() == null ? DEFAULT_BASE_SHARE : body.baseSharePercent();
        return YearView.of(years.put(new YearSettings(p, base), body.reason().strip()));
    }

    @GET
    @Path("/{year}/changes")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL})
    @Operation(summary = "Every creation and change of a year's parameters, newest first")
    @APIResponse(responseCode = "200", description = "The trail")
    @APIResponse(responseCode = "404", description = "The year has no parameters")
    public List<YearChangeView> changes(@PathParam("year") int year) {
        return years.changes(Years.checked(year)).stream().map(YearChangeView::of).toList();
    }
}
