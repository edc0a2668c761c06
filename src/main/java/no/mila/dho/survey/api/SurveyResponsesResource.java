package no.mila.dho.survey.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.mila.dho.survey.application.SurveyAnswering;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answering the user survey by a single-use link, without a login (like a Forms link): public on purpose
 * ({@code RoleMatrixTest.PUBLIC}, docs/survey.md). The token is in the body, never in the path or the query, so it
 * reaches no access log, request log or trace; nothing here is access-logged, because nothing here may be linked
 * to a patient. A token sent with an access token is answered the same; the caller's identity is never read.
 */
@Path("/api/survey-responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "User survey")
@PermitAll
public class SurveyResponsesResource {

    private final SurveyAnswering answering;

    public SurveyResponsesResource(SurveyAnswering answering) {
        this.answering = answering;
    }

    @POST
    @Path("/questionnaire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The questionnaire of a survey link (public; the token in the body)")
    @APIResponse(responseCode = "200", description = "The questionnaire")
    @APIResponse(responseCode = "404", description = "Unknown link (the same words as 410)")
    @APIResponse(responseCode = "410", description = "The link was used, or the round is closed")
    public Response questionnaire(@Valid @NotNull TokenRequest body) {
        return Response.ok(PublicQuestionnaireView.of(answering.questionnaire(body.token())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the survey by its link, once (public; the token in the body); every question may "
            + "be left out, at least one answered")
    @APIResponse(responseCode = "204", description = "Stored; the link is used up")
    @APIResponse(responseCode = "404", description = "Unknown link (the same words as 410)")
    @APIResponse(responseCode = "410", description = "The link was used, or the round is closed")
    public Response answer(@Valid @NotNull ResponseRequest body) {
        answering.answer(body.token(), body.given());
        return Response.noContent().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
