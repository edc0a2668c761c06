package no.mila.dho.console.worklist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.alert.application.AlertHandling;
import no.mila.dho.alert.application.GreenAlerts;
import no.mila.dho.alert.application.ItemHandling;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.console.csrf.ConsoleCsrf;
import no.mila.dho.console.csrf.CsrfChecked;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.shared.web.EnumParam;
import no.mila.dho.worklist.application.TaskHandling;
import no.mila.dho.worklist.application.WorklistQueries;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nurses' worklist in the console ({@code /console/worklist}, issue 17 item 1): counts per level, the items in
 * priority order with the patients' latest values, filters as a GET form, claim / release / take over / close and
 * the bulk acknowledgement of green alerts as forms (PRG: each answers 303 back to the list with its filters). The
 * page polls {@code /console/worklist/items} (the list alone) every {@code dho.console.worklist.poll-seconds}
 * (worklist.js); without JavaScript the "Oppdater" link does the same. The same application services, roles and
 * access-log rows as {@code /api/worklist}, {@code /api/alerts} and {@code /api/tasks}. Larger than 150 lines because
 * the URL root has one resource class: the list, its fragment and its six form actions, each a thin call of the
 * API's service with the form's checks.
 */
@Path("/console/worklist")
@CsrfChecked
@Produces(MediaType.TEXT_HTML)
public class WorklistPage {

    /** As many items as the API gives on one page at most. */
    static final int SIZE = PageRequest.MAX_SIZE;

    @CheckedTemplate(basePath = "console/worklist")
    static class Templates {
        static native TemplateInstance worklist(WorklistView view, String notice, List<WorklistTexts.Option> outcomes);

        static native TemplateInstance items(WorklistView view, List<WorklistTexts.Option> outcomes);
    }

    private final WorklistQueries queries;
    private final AlertHandling alerts;
    private final TaskHandling tasks;
    private final GreenAlerts green;
    private final MunicipalityService municipalities;
    private final ReferenceData referenceData;
    private final CurrentUser user;
    private final Clock clock;
    private final int pollSeconds;

    public WorklistPage(WorklistQueries queries, AlertHandling alerts, TaskHandling tasks, GreenAlerts green,
                        MunicipalityService municipalities, ReferenceData referenceData, CurrentUser user, Clock clock,
                        @ConfigProperty(name = "dho.console.worklist.poll-seconds", defaultValue = "10")
                        int pollSeconds) {
        this.queries = queries;
        this.alerts = alerts;
        this.tasks = tasks;
        this.green = green;
        this.municipalities = municipalities;
        this.referenceData = referenceData;
        this.user = user;
        this.clock = clock;
        this.pollSeconds = pollSeconds;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.TEAM_LEADER})
    @Audited(value = AccessAction.SEARCH, resource = "worklist")
    public TemplateInstance page(@BeanParam WorklistFilters filters, @QueryParam("ok") String ok,
                                 @QueryParam("kvittert") Integer acknowledged, @QueryParam("hoppet") Integer skipped) {
        return Templates.worklist(view(filters, true), WorklistTexts.notice(ok, acknowledged, skipped),
                WorklistTexts.outcomes());
    }

    /** The counts and the list alone, for the page's polling (worklist.js): the same filters, the same log row. */
    @GET
    @Path("/items")
    @RolesAllowed({Roles.NURSE, Roles.TEAM_LEADER})
    @Audited(value = AccessAction.SEARCH, resource = "worklist")
    public TemplateInstance items(@BeanParam WorklistFilters filters) {
        return Templates.items(view(filters, false), WorklistTexts.outcomes());
    }

    @POST
    @Path("/{kind}/{id}/claim")
    @RolesAllowed(Roles.NURSE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    public Response claim(@PathParam("kind") String kind, @PathParam("id") UUID id,
                          @BeanParam WorklistFilters filters, @FormParam(ConsoleCsrf.FIELD) String csrf) {
        handling(kind).claim(id);
        return back(filters, "ok=tatt#item-" + id);
    }

    @POST
    @Path("/{kind}/{id}/release")
    @RolesAllowed(Roles.NURSE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    public Response release(@PathParam("kind") String kind, @PathParam("id") UUID id,
                            @BeanParam WorklistFilters filters, @FormParam(ConsoleCsrf.FIELD) String csrf) {
        handling(kind).release(id);
        return back(filters, "ok=frigitt");
    }

    @POST
    @Path("/{kind}/{id}/take-over")
    @RolesAllowed(Roles.NURSE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    public Response takeOver(@PathParam("kind") String kind, @PathParam("id") UUID id,
                             @BeanParam WorklistFilters filters, @FormParam("reason") String reason,
                             @FormParam(ConsoleCsrf.FIELD) String csrf) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required");
        }
        if (reason.length() > 500) {
            throw ProblemException.invalid("reason", "at most 500 characters");
        }
        handling(kind).takeOver(id, reason.trim());
        return back(filters, "ok=overtatt#item-" + id);
    }

    @POST
    @Path("/{kind}/{id}/close")
    @RolesAllowed(Roles.NURSE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    public Response close(@PathParam("kind") String kind, @PathParam("id") UUID id,
                          @BeanParam WorklistFilters filters, @FormParam("outcome") String outcome,
                          @FormParam("note") String note, @FormParam(ConsoleCsrf.FIELD) String csrf) {
        Outcome parsed = EnumParam.parse(Outcome.class, outcome, "outcome");
        if (note != null && note.length() > 2000) {
            throw ProblemException.invalid("note", "at most 2000 characters");
        }
        handling(kind).close(id, parsed, note == null || note.isBlank() ? null : note.trim());
        return back(filters, "ok=lukket");
    }

    /** The green alerts ticked on the page (all of the page's unless unticked), as /api/alerts/acknowledgement. */
    @POST
    @Path("/green-acknowledgement")
    @RolesAllowed(Roles.NURSE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    public Response acknowledgeGreen(@BeanParam WorklistFilters filters, @FormParam("alertId") List<String> alertIds,
                                     @FormParam(ConsoleCsrf.FIELD) String csrf) {
        List<UUID> ids = new ArrayList<>();
        for (String id : alertIds == null ? List.<String>of() : alertIds) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("alertId", "must be an alert id");
            }
        }
        if (ids.isEmpty() || ids.size() > 500) {
            throw ProblemException.invalid("alertId", "1 to 500 alerts");
        }
        GreenAlerts.BulkResult result = green.acknowledge(ids);
        return back(filters, "ok=kvittert&kvittert=" + result.acknowledged() + "&hoppet=" + result.skipped().size());
    }

    private ItemHandling handling(String kind) {
        return switch (kind) {
            case "alerts" -> alerts;
            case "tasks" -> tasks;
            default -> throw ProblemException.notFound("Work item kind " + kind);
        };
    }

    private WorklistView view(WorklistFilters filters, boolean withOptions) {
        WorklistQueries.Worklist worklist = queries.worklist(filters.filter(), new PageRequest(0, SIZE));
        WorklistView.Filters selected = new WorklistView.Filters(filters.value("municipality"),
                filters.value("pathway"), filters.value("zone"), filters.value("taskType"), filters.value("assigned"),
                withOptions ? municipalityOptions() : List.of(), withOptions ? pathwayOptions() : List.of(),
                WorklistTexts.zones(), WorklistTexts.taskTypes(), WorklistTexts.assignments());
        return WorklistView.of(worklist, filters.query(), pollSeconds, clock.instant(), user.hasRole(Roles.NURSE),
                selected, referenceData.pathwayNamesNb());
    }

    /**
     * The municipalities and pathways of the filter form, as the reference-data endpoints give them to nurses; a team
     * leader (whom those endpoints do not serve) types the number or code instead.
     */
    private List<WorklistTexts.Option> municipalityOptions() {
        if (!user.hasRole(Roles.NURSE)) {
            return List.of();
        }
        return municipalities.all().stream()
                .map(m -> new WorklistTexts.Option(m.number(), m.name() + " (" + m.number() + ")"))
                .toList();
    }

    private List<WorklistTexts.Option> pathwayOptions() {
        if (!user.hasRole(Roles.NURSE)) {
            return List.of();
        }
        return referenceData.pathways().stream().map(p -> new WorklistTexts.Option(p.code(), p.nameNb())).toList();
    }

    private static Response back(WorklistFilters filters, String result) {
        String query = filters.query();
        return Response.seeOther(URI.create("/console/worklist?" + (query.isEmpty() ? "" : query + "&") + result))
                .build();
    }
}
