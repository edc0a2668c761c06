package no.mila.dho.survey.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.survey.application.Questionnaires;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questionnaire versions of the user survey (team leader); a version a round used is immutable. */
@Path("/api/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "User survey")
@RolesAllowed(Roles.TEAM_LEADER)
public class SurveysResource {

    private final Questionnaires questionnaires;

    public SurveysResource(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GET
    @Operation(summary = "The questionnaire versions (without their questions), oldest first")
    @APIResponse(responseCode = "200", description = "OK")
    public List<QuestionnaireView> all() {
        return questionnaires.all().stream().map(h -> QuestionnaireView.of(h, List.of())).toList();
    }

    @GET
    @Path("/{surveyId}")
    @Operation(summary = "A questionnaire version with its questions and options in order")
    @APIResponse(responseCode = "200", description = "OK")
    public QuestionnaireView get(@PathParam("surveyId") UUID surveyId) {
        return QuestionnaireView.of(questionnaires.get(surveyId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new questionnaire version")
    @APIResponseSchema(value = QuestionnaireView.class, responseCode = "201", responseDescription = "Created")
    public Response create(@Valid @NotNull QuestionnaireRequest body) {
        return created(QuestionnaireView.of(questionnaires.create(body.title(), body.drafts())));
    }

    @POST
    @Path("/{surveyId}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Copy a questionnaire version (e.g. the 2024 survey) to a new one, to be edited")
    @APIResponseSchema(value = QuestionnaireView.class, responseCode = "201", responseDescription = "Created")
    public Response copy(@PathParam("surveyId") UUID surveyId, @Valid @NotNull CopyRequest body) {
        return created(QuestionnaireView.of(questionnaires.copy(surveyId, body.title())));
    }

    @PUT
    @Path("/{surveyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the title and questions of a version no round used, at the version read")
    @APIResponse(responseCode = "200", description = "The version as changed")
    @APIResponse(responseCode = "409", description = "A round used it (immutable), or it changed meanwhile")
    public QuestionnaireView replace(@PathParam("surveyId") UUID surveyId, @Valid @NotNull QuestionnaireRequest body) {
        if (body.version() == null) {
            throw ProblemException.invalid("version", "must be the version read");
        }
        return QuestionnaireView.of(questionnaires.replace(surveyId, body.title(), body.drafts(), body.version()));
    }

    private static Response created(QuestionnaireView view) {
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
