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
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.economics.application.EconomicsAccess;
import no.mila.dho.economics.application.RecipientCounts;
import no.mila.dho.shared.report.ReportFormat;
import no.mila.dho.shared.report.ReportResponses;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The recipients (tjenestemottakere) per municipality and month against the targets (docs/economics.md): numbers for
 * team leader, council and a coordinator (their own municipality); the patients behind a count for team leader and
 * coordinator only, access-logged.
 */
@Path("/api/economics/recipients")
@Tag(name = "Economics")
public class RecipientResource {

    private final RecipientCounts counts;
    private final EconomicsAccess access;

    public RecipientResource(RecipientCounts counts, EconomicsAccess access) {
        this.counts = counts;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @Operation(summary = "Recipients per municipality and month of a year against the targets (a coordinator: their "
            + "own municipality; 403 for another's); ?format=json|csv|xlsx or Accept")
    @APIResponse(responseCode = "200", description = "The report", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientsView.class)),
        @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                .annotations.enums.SchemaType.STRING, description = "The table as CSV (UTF-8)")),
        @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                .annotations.enums.SchemaType.STRING, format = "binary", description = "The table as a workbook"))})
    public Response recipients(@QueryParam("year") String year, @QueryParam("municipality") String municipality,
                               @QueryParam(ReportFormat.PARAMETER) String format, @Context HttpHeaders headers) {
        int y = EconomicsParameters.year(year, "year");
        Optional<String> scope = access.scope(EconomicsParameters.optionalMunicipality(municipality, "municipality"));
        ReportFormat chosen = ReportFormat.choose(format, headers);
        List<RecipientCounts.MunicipalityYear> figures = counts.year(y, scope);
        return ReportResponses.of(chosen, RecipientsView.of(y, counts.rule(), figures),
                () -> RecipientReports.table(y, counts.rule(), figures),
                "tjenestemottakere-" + y + scope.map(m -> "-" + m).orElse(""));
    }

    @GET
    @Path("/{municipality}/{month}/patients")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COORDINATOR})
    @Audited(value = AccessAction.SEARCH, resource = "recipients")
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @Operation(summary = "The patients behind a count: id, name, pathway, followed from and to (a coordinator: their "
            + "own municipality only); ?format=json|csv|xlsx or Accept; access-logged")
    @APIResponse(responseCode = "200", description = "The patients", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountedPatientView.class,
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)),
        @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                .annotations.enums.SchemaType.STRING, description = "The list as CSV (UTF-8)")),
        @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                .annotations.enums.SchemaType.STRING, format = "binary", description = "The list as a workbook"))})
    public Response patients(@PathParam("municipality") String municipality, @PathParam("month") String month,
                             @QueryParam(ReportFormat.PARAMETER) String format, @Context HttpHeaders headers) {
        String number = EconomicsParameters.municipality(municipality, "municipality");
        YearMonth m = EconomicsParameters.month(month, "month");
        access.require(number);
        ReportFormat chosen = ReportFormat.choose(format, headers);
        List<RecipientCounts.CountedPatient> rows = counts.patients(number, m);
        return ReportResponses.of(chosen, rows.stream().map(CountedPatientView::of).toList(),
                () -> RecipientReports.patients(number, m, rows), "tjenestemottakere-" + number + "-" + m);
    }

    @GET
    @Path("/chart")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Produces("image/png")
    @Operation(summary = "Chart of one municipality's recipients (bars) against its target (line) per month, PNG")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = "image/png",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    public Response chart(@QueryParam("year") String year, @QueryParam("municipality") String municipality) {
        int y = EconomicsParameters.year(year, "year");
        String number = EconomicsParameters.municipality(municipality, "municipality");
        access.require(number);
        RecipientCounts.MunicipalityYear figures = counts.year(y, Optional.of(number)).get(0);
        return ReportResponses.png(RecipientReports.chart(figures, y), "tjenestemottakere-" + y + "-" + number);
    }
}
