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
import java.util.List;
import no.mila.dho.economics.application.BudgetService;
import no.mila.dho.economics.domain.Budget;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-up service's estimated budget of each year: salaries, administration, overhead (versioned). */
@Path("/api/economics/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class BudgetResource {

    private final BudgetService budgets;

    public BudgetResource(BudgetService budgets) {
        this.budgets = budgets;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Operation(summary = "The budget of a year in force (its newest version)")
    @APIResponse(responseCode = "200", description = "The budget")
    @APIResponse(responseCode = "404", description = "No budget is entered for the year")
    public BudgetView get(@PathParam("year") int year) {
        return budgets.current(Years.checked(year)).map(BudgetView::of)
                .orElseThrow(() -> ProblemException.notFound("A budget for " + year));
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEAM_LEADER)
    @Operation(summary = "Enter the whole budget of a year as a new version (team leader)")
    @APIResponse(responseCode = "200", description = "The new version")
    @APIResponse(responseCode = "409",
            description = "The version sent is not the one in force (concurrent-modification)")
    public BudgetView put(@PathParam("year") int year, @Valid @NotNull BudgetRequest body) {
        List<Budget.Line> lines = body.lines().stream()
                .map(l -> new Budget.Line(l.kind(), l.text().strip(), new Nok(l.amount()))).toList();
        return BudgetView.of(budgets.put(Years.checked(year), lines, body.version(), body.reason().strip()));
    }

    @GET
    @Path("/{year}/changes")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL})
    @Operation(summary = "Every version of a year's budget, newest first (the trail)")
    @APIResponse(responseCode = "200", description = "The versions (empty when none)")
    public List<BudgetView> changes(@PathParam("year") int year) {
        return budgets.versions(Years.checked(year)).stream().map(BudgetView::of).toList();
    }
}
