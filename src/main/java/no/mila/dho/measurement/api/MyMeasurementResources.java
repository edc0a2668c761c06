package no.mila.dho.measurement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.measurement.application.MeasurementQueries;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.patient.api.MeResource;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's own measurements and questionnaire. */
public final class MyMeasurementResources {

    private MyMeasurementResources() {
    }

    /** My measurements. */
    @Path("/api/me/measurements")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Me (patient)")
    @RolesAllowed(Roles.PATIENT)
    public static class Measurements {

        private final MeasurementQueries measurements;
        private final PatientAccess access;

        public Measurements(MeasurementQueries measurements, PatientAccess access) {
            this.measurements = measurements;
            this.access = access;
        }

        @GET
        @Audited(value = AccessAction.READ, resource = "measurement")
        @Operation(summary = "My measurements over a time range, newest first, paged")
        @APIResponse(responseCode = "200", description = "OK")
        @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
        public Page<MeasurementView> history(@QueryParam("type") MeasurementType type,
                                             @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
                                             @Valid @BeanParam PageRequest page) {
            return measurements.history(access.requireSelf().id, type, from, to, page).map(MeasurementView::of);
        }

        @GET
        @Path("/latest")
        @Audited(value = AccessAction.READ, resource = "measurement")
        @Operation(summary = "My newest valid value of each type")
        @APIResponse(responseCode = "200", description = "OK")
        @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
        public List<MeasurementView> latest() {
            return measurements.latest(access.requireSelf().id).stream().map(MeasurementView::of).toList();
        }
    }

    /** The questions my app asks. */
    @Path("/api/me/questionnaire")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Me (patient)")
    @RolesAllowed(Roles.PATIENT)
    public static class Questionnaire {

        private final QuestionnaireCatalog catalog;
        private final PatientAccess access;

        public Questionnaire(QuestionnaireCatalog catalog, PatientAccess access) {
            this.catalog = catalog;
            this.access = access;
        }

        @GET
        @Operation(summary = "The symptom questionnaire of my pathway (Norwegian, with English labels)")
        @APIResponse(responseCode = "200", description = "OK")
        @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
        public QuestionnaireCatalog.Questionnaire mine() {
            PatientEntity me = access.requireSelf();
            String pathway = EpisodeEntity.openOf(me.id).map(e -> e.pathway)
                    .orElseThrow(() -> ProblemException.notFound("An open pathway for you"));
            return catalog.of(pathway);
        }
    }

    /** The questionnaires of the pathways, for staff. */
    @Path("/api/questionnaires/{pathway}")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Reference data")
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.COORDINATOR, Roles.ADMIN})
    public static class Questionnaires {

        private final QuestionnaireCatalog catalog;

        public Questionnaires(QuestionnaireCatalog catalog) {
            this.catalog = catalog;
        }

        @GET
        @Operation(summary = "A pathway's symptom questionnaire and the zone each answer gives")
        public QuestionnaireCatalog.Questionnaire of(@jakarta.ws.rs.PathParam("pathway") String pathway) {
            QuestionnaireCatalog.Questionnaire questionnaire = catalog.of(pathway);
            if (questionnaire.questions().isEmpty()) {
                throw ProblemException.notFound("Questionnaire of pathway " + pathway);
            }
            return questionnaire;
        }
    }
}
