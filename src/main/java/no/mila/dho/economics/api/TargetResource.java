package no.mila.dho.economics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.mila.dho.economics.api.TargetViews.ChangeView;
import no.mila.dho.economics.api.TargetViews.MonthRequest;
import no.mila.dho.economics.api.TargetViews.TargetsRequest;
import no.mila.dho.economics.api.TargetViews.TargetsView;
import no.mila.dho.economics.api.TargetViews.YearView;
import no.mila.dho.economics.application.EconomicsAccess;
import no.mila.dho.economics.application.TargetBook;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The targets (måltall) per municipality and month (docs/economics.md, "Targets"): the team leader or the
 * municipality's own coordinator enters them within the window of the year's parameters; council reads them too.
 */
@Path("/api/economics/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class TargetResource {

    private static final int MAX_REASON = 1000;

    private final TargetBook targets;
    private final EconomicsAccess access;

    public TargetResource(TargetBook targets, EconomicsAccess access) {
        this.targets = targets;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Operation(summary = "The targets of a year per partner municipality and month (a coordinator: their own)")
    public YearView year(@QueryParam("year") String year, @QueryParam("municipality") String municipality) {
        int y = EconomicsParameters.year(year, "year");
        Optional<String> scope = access.scope(EconomicsParameters.optionalMunicipality(municipality, "municipality"));
        return new YearView(y, targets.year(y, scope).stream().map(TargetsView::of).toList());
    }

    @GET
    @Path("/{year}/{municipality}")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Operation(summary = "One municipality's targets of a year, with whether each month is open and its version")
    public TargetsView one(@PathParam("year") String year, @PathParam("municipality") String municipality) {
        int y = EconomicsParameters.year(year, "year");
        String number = EconomicsParameters.municipality(municipality, "municipality");
        access.require(number);
        return TargetsView.of(targets.year(y, Optional.of(number)).get(0));
    }

    @PUT
    @Path("/{year}/{municipality}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COORDINATOR})
    @Operation(summary = "Set targets of months of the year (the others stay); 422 naming months[i].month for a "
            + "closed month; a coordinator: their own municipality only")
    public TargetsView set(@PathParam("year") String year, @PathParam("municipality") String municipality,
                           TargetsRequest body) {
        int y = EconomicsParameters.year(year, "year");
        String number = EconomicsParameters.municipality(municipality, "municipality");
        access.require(number);
        if (body == null) {
            throw ProblemException.invalid("body", "is required");
        }
        if (body.reason() == null || body.reason().isBlank() || body.reason().length() > MAX_REASON) {
            throw ProblemException.invalid("reason", "is required, at most " + MAX_REASON + " characters");
        }
        if (body.months() == null || body.months().isEmpty() || body.months().size() > 12) {
            throw ProblemException.invalid("months", "must hold 1 to 12 months");
        }
        List<TargetBook.NewTarget> changes = new ArrayList<>();
        Set<YearMonth> seen = new HashSet<>();
        for (int i = 0; i < body.months().size(); i++) {
            MonthRequest m = body.months().get(i);
            String field = "months[" + i + "]";
            if (m == null) {
                throw ProblemException.invalid(field, "must not be null");
            }
            YearMonth month = EconomicsParameters.month(m.month(), field + ".month");
            if (month.getYear() != y) {
                throw ProblemException.invalid(field + ".month", "must be a month of " + y);
            }
            if (!seen.add(month)) {
                throw ProblemException.invalid(field + ".month", "is given more than once");
            }
            if (m.target() == null || m.target() < 0 || m.target() > TargetBook.MAX_TARGET) {
                throw ProblemException.invalid(field + ".target", "must be a whole number 0.." + TargetBook.MAX_TARGET);
            }
            if (m.version() != null && m.version() < 0) {
                throw ProblemException.invalid(field + ".version", "must not be negative");
            }
            changes.add(new TargetBook.NewTarget(month, m.target(), Optional.ofNullable(m.version())));
        }
        return TargetsView.of(targets.set(y, number, changes, body.reason().strip()));
    }

    @GET
    @Path("/{year}/{municipality}/changes")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Operation(summary = "Who set or changed the municipality's targets of the year, from what to what and why, "
            + "newest first")
    public List<ChangeView> changes(@PathParam("year") String year, @PathParam("municipality") String municipality) {
        int y = EconomicsParameters.year(year, "year");
        String number = EconomicsParameters.municipality(municipality, "municipality");
        access.require(number);
        return targets.changes(y, number).stream().map(ChangeView::of).toList();
    }
}
