package no.mila.dho.survey.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import no.mila.dho.shared.report.ReportFormat;
import no.mila.dho.shared.report.ReportResponses;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.survey.application.RoundResults;
import no.mila.dho.survey.application.SurveyResults;
import no.mila.dho.survey.application.SurveyRounds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The yearly rounds of the user survey: the team leader opens (inviting every allocated patient) and closes them;
 * the results of a closed round for the team leader, the council and (their own municipality, and overall) the
 * coordinators, as JSON, CSV or XLSX.
 */
@Path("/api/surveys/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "User survey")
public class SurveyRoundsResource {

    private final SurveyRounds rounds;
    private final SurveyResults results;

    public SurveyRoundsResource(SurveyRounds rounds, SurveyResults results) {
        this.rounds = rounds;
        this.results = results;
    }

    @GET
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Operation(summary = "The rounds, newest year first, with the number of patients invited")
    @APIResponse(responseCode = "200", description = "OK")
    public List<RoundView> all() {
        return rounds.all().stream().map(RoundView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEAM_LEADER)
    @Operation(summary = "Open the year's round: every patient with an allocated, not ended episode is invited once")
    @APIResponseSchema(value = RoundView.class, responseCode = "201", responseDescription = "Opened")
    @APIResponse(responseCode = "409", description = "The year has a round already")
    public Response open(@Valid @NotNull RoundRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(RoundView.of(rounds.open(body.surveyId(), body.year()))).build();
    }

    @GET
    @Path("/{roundId}")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Operation(summary = "A round")
    @APIResponse(responseCode = "200", description = "OK")
    public RoundView get(@PathParam("roundId") UUID roundId) {
        return RoundView.of(rounds.require(roundId));
    }

    @POST
    @Path("/{roundId}/close")
    @RolesAllowed(Roles.TEAM_LEADER)
    @Operation(summary = "Close the round: its links stop working (410) and its results can be read")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Closed already")
    public RoundView close(@PathParam("roundId") UUID roundId) {
        return RoundView.of(rounds.close(roundId));
    }

    @GET
    @Path("/{roundId}/results")
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @RolesAllowed({Roles.TEAM_LEADER, Roles.COUNCIL, Roles.COORDINATOR})
    @Operation(summary = "The results of a closed round, overall or of one municipality (shown only where at least 5 "
            + "answered; else suppressed with a note); free texts only overall")
    @APIResponse(responseCode = "200", description = "The results: JSON, or the table as CSV or XLSX", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundResults.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING)),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "A coordinator asking for another municipality")
    @APIResponse(responseCode = "409", description = "The round is not closed yet")
    public Response results(@PathParam("roundId") UUID roundId,
                            @QueryParam("municipality") @Pattern(regexp = "[0-9]{4}",
                                    message = "must be a four-digit municipality number") String municipality,
                            @QueryParam(ReportFormat.PARAMETER) String format, @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers);
        RoundResults result = results.of(roundId, municipality);
        return ReportResponses.of(chosen, result, () -> ResultsTable.of(result),
                "brukerundersokelse-" + result.year() + (municipality == null ? "" : "-" + municipality));
    }
}
