package no.mila.dho.measurement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questionnaires of the pathways, for staff. */
@Path("/api/questionnaires/{pathway}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.COORDINATOR, Roles.ADMIN})
public class QuestionnaireResource {

    private final QuestionnaireCatalog catalog;

    public QuestionnaireResource(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "A pathway's symptom questionnaire and the zone each answer gives")
    public QuestionnaireCatalog.Questionnaire of(@PathParam("pathway") String pathway) {
        QuestionnaireCatalog.Questionnaire questionnaire = catalog.of(pathway);
        if (questionnaire.questions().isEmpty()) {
            throw ProblemException.notFound("Questionnaire of pathway " + pathway);
        }
        return questionnaire;
    }
}
