package no.mila.dho.plan.api;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.api.PlanViews.TemplateView;
import no.mila.dho.plan.application.PlanTemplateService;
import no.mila.dho.shared.review.Review;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan templates of the pathways: the advice a patient's first plan starts from. */
@Path("/api/plan-templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Self-management plan")
public class PlanTemplateResource {

    private final PlanTemplateService templates;
    private final CurrentUser user;

    public PlanTemplateResource(PlanTemplateService templates, CurrentUser user) {
        this.templates = templates;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    @Operation(summary = "The template in use of each pathway (provisional until reviewed)")
    public List<TemplateView> list() {
        return templates.active().stream().map(TemplateView::of).toList();
    }

    @PUT
    @Path("/{pathway}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a pathway's template or revise it (a new version, provisional until reviewed); "
            + "patients' plans are not changed")
    public TemplateView revise(@PathParam("pathway") String pathway, @Valid @NotNull PlanRequests.Template body) {
        Map<Zone, List<PlanTemplateService.TemplateItem>> zones = new EnumMap<>(Zone.class);
        body.zones().forEach((zone, items) -> zones.put(zone, items.stream()
                .map(i -> new PlanTemplateService.TemplateItem(i.category(), i.text())).toList()));
        return TemplateView.of(templates.revise(pathway, zones, user.subject()));
    }

    @POST
    @Path("/{pathway}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the clinical lead's review of a pathway's template")
    public TemplateView review(@PathParam("pathway") String pathway, @Valid @NotNull Review body) {
        return TemplateView.of(templates.recordReview(pathway, body.reviewedBy(), body.reviewedOn(), body.note()));
    }
}
