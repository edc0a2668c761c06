package no.mila.dho.benefit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.benefit.application.BenefitReports;
import no.mila.dho.benefit.application.BenefitSummary;
import no.mila.dho.benefit.application.CostEstimates;
import no.mila.dho.benefit.application.Reminders;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.report.ChartRenderer;
import no.mila.dho.shared.report.ReportFormat;
import no.mila.dho.shared.report.ReportResponses;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The quarterly benefit reports (gevinstrapportering, docs/benefits.md): the coordinators' reports per patient and
 * month, their list of who is missing and their reminders; the overall report against the baseline with its chart,
 * and the cost estimate. Larger than 150 lines because the seven operations of the one URL root each carry their
 * OpenAPI description; the work is in the application classes.
 */
@Path("/api/benefit-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benefit reports")
public class BenefitReportResource {

    private final BenefitReports reports;
    private final Reminders reminders;
    private final BenefitSummary summary;
    private final CostEstimates costs;

    public BenefitReportResource(BenefitReports reports, Reminders reminders, BenefitSummary summary,
                                 CostEstimates costs) {
        this.reports = reports;
        this.reminders = reminders;
        this.summary = summary;
        this.costs = costs;
    }

    @PUT
    @Path("/{year}/{quarter}/patients/{patientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = AccessAction.UPDATE, resource = "benefit-report")
    @Operation(summary = "Report a patient's quarter: home nursing minutes and visits, KAD and short-term days per "
            + "month (the coordinator of the patient's municipality; version absent or 0 to create)")
    @APIResponse(responseCode = "200", description = "The report as stored, with what is still missing")
    @APIResponse(responseCode = "409", description = "The version is not the stored one (changed in the meantime)")
    @APIResponse(responseCode = "422", description = "The patient was not followed up in the quarter")
    public BenefitReportViews.Report put(@PathParam("year") int year, @PathParam("quarter") int quarter,
                                         @PathParam("patientId") UUID patientId,
                                         @Valid @NotNull BenefitReportRequest body) {
        return BenefitReportViews.Report.of(reports.put(quarter(year, quarter), patientId, body.figures(),
                body.version()));
    }

    @GET
    @Path("/{year}/{quarter}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEADER})
    @Audited(value = AccessAction.SEARCH, resource = "benefit-report")
    @Operation(summary = "The quarter's patients of a municipality: months due, missing, complete (the coordinator's "
            + "own municipality; the team leader names one)")
    public BenefitReportViews.QuarterStatus status(@PathParam("year") int year, @PathParam("quarter") int quarter,
                                                   @QueryParam("municipality") String municipality) {
        Quarter q = quarter(year, quarter);
        List<BenefitReports.PatientStatus> list = reports.status(q, Optional.ofNullable(municipality));
        return BenefitReportViews.QuarterStatus.of(year, quarter, reports.municipalityOf(municipality), list);
    }

    @GET
    @Path("/reminders")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEADER})
    @Operation(summary = "The open reminders of the quarterly reports (a coordinator: their municipality's)")
    public List<BenefitReportViews.Reminder> reminders(@QueryParam("municipality") String municipality) {
        return reminders.open(Optional.ofNullable(municipality)).stream().map(BenefitReportViews.Reminder::of)
                .toList();
    }

    @GET
    @Path("/{year}/summary")
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEADER, Roles.COUNCIL})
    @Operation(summary = "The year's benefits per municipality and quarter against the baseline: averages per patient "
            + "and month (numbers only; a coordinator: their own municipality)")
    @APIResponse(responseCode = "200", description = "The summary", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryView.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, description = "The table as CSV (UTF-8, Norwegian labels)")),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, format = "binary", description = "The table as XLSX"))})
    public Response summary(@PathParam("year") int year, @QueryParam("municipality") String municipality,
                            @QueryParam(ReportFormat.PARAMETER) String format, @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers);
        SummaryView view = SummaryView.of(year(year), municipality, summary.of(year, Optional.ofNullable(municipality)));
        return ReportResponses.of(chosen, view, view::table, "gevinster-" + year);
    }

    @GET
    @Path("/{year}/summary/chart")
    @Produces(ChartRenderer.PNG)
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEADER, Roles.COUNCIL})
    @Operation(summary = "The chart of a municipality's benefits against the baseline per quarter (PNG; each measure "
            + "as per cent of its baseline)")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = ChartRenderer.PNG,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    public Response chart(@PathParam("year") int year, @QueryParam("municipality") String municipality) {
        String of = reports.municipalityOf(municipality);
        List<BenefitSummary.Row> rows = summary.of(year(year), Optional.of(of));
        String name = rows.isEmpty() ? of : rows.get(0).name();
        return ReportResponses.png(SummaryView.of(year, of, rows).chart(name), "gevinster-" + year + "-" + of);
    }

    @GET
    @Path("/{year}/cost-estimate")
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEADER, Roles.COUNCIL})
    @Operation(summary = "The cost estimate with and without DHO (seed 003, table 1) from the year's patients followed "
            + "and their baseline home nursing (a coordinator: their own municipality)")
    @APIResponse(responseCode = "200", description = "The estimate", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostEstimateView.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, description = "The table as CSV (UTF-8, Norwegian labels)")),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, format = "binary", description = "The table as XLSX"))})
    public Response costEstimate(@PathParam("year") int year, @QueryParam("municipality") String municipality,
                                 @QueryParam(ReportFormat.PARAMETER) String format, @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers);
        CostEstimateView view = CostEstimateView.of(costs.of(year(year), Optional.ofNullable(municipality)));
        return ReportResponses.of(chosen, view, view::table, "kostnadsestimat-" + year);
    }

    private static int year(int year) {
        if (year < 2020 || year > 2100) {
            throw ProblemException.invalid("year", "must be 2020 to 2100");
        }
        return year;
    }

    private static Quarter quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw ProblemException.invalid("quarter", "must be 1 to 4");
        }
        return new Quarter(year(year), quarter);
    }
}
