package no.mila.dho.measurement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.measurement.application.OwnRecord;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import no.mila.dho.patient.api.MeResource;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questions my app asks. */
@Path("/api/me/questionnaire")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me (patient)")
@RolesAllowed(Roles.PATIENT)
public class MyQuestionnaireResource {

    private final OwnRecord me;

    public MyQuestionnaireResource(OwnRecord me) {
        this.me = me;
    }

    @GET
    @Operation(summary = "The symptom questionnaire of my pathway (Norwegian, with English labels)")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    public QuestionnaireCatalog.Questionnaire mine() {
        return me.questionnaire();
    }
}
