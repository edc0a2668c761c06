package no.mila.dho.economics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.mila.dho.economics.application.Pricing;
import no.mila.dho.shared.report.ReportFormat;
import no.mila.dho.shared.report.ReportResponses;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The year-end settlement of the 2025 model and its comparison with the long-term model (docs/pricing.md). */
@Path("/api/economics/settlements")
@Tag(name = "Economics")
@Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
@RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
public class SettlementResource {

    private final Pricing pricing;
    private final CurrentUser user;

    public SettlementResource(Pricing pricing, CurrentUser user) {
        this.pricing = pricing;
        this.user = user;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "The settlement of a year: invoice lines per municipality and month, start-up fees, surplus "
            + "(preliminary while the year has not ended; a coordinator sees only their municipality's invoice)")
    @APIResponse(responseCode = "200", description = "The settlement as JSON, or as a table in CSV or XLSX", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettlementView.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "The table, comma-separated (UTF-8)")),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The table as a workbook"))})
    @APIResponse(responseCode = "404", description = "The year has no parameters")
    @APIResponse(responseCode = "422", description = "No booked expenses or no counted recipients (the field named)")
    public Response settlement(@PathParam("year") int year, @QueryParam(ReportFormat.PARAMETER) String format,
                               @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers);
        SettlementView view = SettlementView.of(pricing.settlement(Years.checked(year)), Visibility.of(user));
        return ReportResponses.of(chosen, view, () -> PricingTables.settlement(view), "avregning-" + year);
    }

    @GET
    @Path("/{year}/comparison")
    @Operation(summary = "The 2025 model and the long-term model side by side on the year's actual cost and recipients")
    @APIResponse(responseCode = "200", description = "The comparison as JSON, or as a table in CSV or XLSX", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonView.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "The table, comma-separated (UTF-8)")),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The table as a workbook"))})
    @APIResponse(responseCode = "404", description = "The year has no parameters")
    @APIResponse(responseCode = "422", description = "No booked expenses, no counted recipients or a population "
            + "missing (the fields named)")
    public Response comparison(@PathParam("year") int year, @QueryParam(ReportFormat.PARAMETER) String format,
                               @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers);
        ComparisonView view = ComparisonView.of(pricing.comparison(Years.checked(year)), Visibility.of(user));
        return ReportResponses.of(chosen, view, () -> PricingTables.comparison(view), "prismodeller-" + year);
    }
}
