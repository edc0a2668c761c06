package no.mila.dho.economics.api;

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
import no.mila.dho.economics.application.ExpenseLedger;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The booked expenses of the follow-up service: an append-only ledger per year. */
@Path("/api/economics/expenses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class ExpenseResource {

    private final ExpenseLedger ledger;

    public ExpenseResource(ExpenseLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL})
    @Operation(summary = "The booked expenses of a year, by booking date, and their total")
    @APIResponse(responseCode = "200", description = "The ledger (empty when nothing is booked)")
    public ExpenseView.Ledger list(@PathParam("year") int year) {
        return ExpenseView.Ledger.of(year, ledger.ofYear(Years.checked(year)));
    }

    @POST
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEAM_LEADER)
    @Operation(summary = "Book an expense (team leader); a correction is a negative entry with a text")
    @APIResponseSchema(value = ExpenseView.class, responseCode = "201", responseDescription = "The entry booked")
    public Response book(@PathParam("year") int year, @Valid @NotNull ExpenseRequest body) {
        ExpenseView entry = ExpenseView.of(ledger.book(Years.checked(year), body.kind(), body.bookedOn(),
                new Nok(body.amount()), body.text()));
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}
