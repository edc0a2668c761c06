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

/** The 2025 model's estimate before a year: price per recipient-month, staffing, payments (docs/pricing.md). */
@Path("/api/economics/estimates")
@Tag(name = "Economics")
public class EstimateResource {

    private final Pricing pricing;
    private final CurrentUser user;

    public EstimateResource(Pricing pricing, CurrentUser user) {
        this.pricing = pricing;
        this.user = user;
    }

    @GET
    @Path("/{year}")
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Operation(summary = "The estimate of a year (a coordinator sees only their municipality's payment)")
    @APIResponse(responseCode = "200", description = "The estimate as JSON, or as a table in CSV or XLSX", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EstimateView.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "The table, comma-separated (UTF-8)")),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The table as a workbook"))})
    @APIResponse(responseCode = "404", description = "The year has no parameters")
    @APIResponse(responseCode = "422", description = "No budget or no targets for the year (the field named)")
    public Response get(@PathParam("year") int year, @QueryParam(ReportFormat.PARAMETER) String format,
                        @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers);
        Pricing.EstimateResult result = pricing.estimate(Years.checked(year));
        EstimateView view = EstimateView.of(result.estimate(), result.parameters().riskMarkupPercent(),
                result.parameters().recipientsPerNurse(), result.municipalities(), Visibility.of(user));
        return ReportResponses.of(chosen, view, () -> PricingTables.estimate(view), "estimat-" + year);
    }
}
