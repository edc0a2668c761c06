package no.mila.dho.console.patients;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.console.csrf.CsrfChecked;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;

/**
 * The patients in the console (issue 17 item 2): the list of those the caller may see with a name search (a GET
 * form), paged as {@code GET /api/patients}; and one patient's page ({@link PatientSections}) with the charts of the
 * last 7, 30 or 90 days ({@code ?dager=}, default 30). The same roles as {@code /api/patients} and
 * {@code /api/patients/{id}}, the same PatientAccess, the same access-log rows (SEARCH patient, READ patient); a
 * patient the caller may not see is the 404 error page, with nothing of the patient on it. Read only: the plan is
 * edited on {@code /console/plans/patients/{id}}, the thresholds on {@code /console/thresholds/patients/{id}}.
 */
@Path("/console/patients")
@CsrfChecked
@Produces(MediaType.TEXT_HTML)
public class PatientsResource {

    static final int SIZE = 20;

    @CheckedTemplate(basePath = "console/patients")
    static class Templates {
        static native TemplateInstance list(PatientList list);

        static native TemplateInstance patient(PatientPage patient);
    }

    private final PatientQueries queries;
    private final PatientSections sections;

    public PatientsResource(PatientQueries queries, PatientSections sections) {
        this.queries = queries;
        this.sections = sections;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN})
    @Audited(value = AccessAction.SEARCH, resource = "patient")
    public TemplateInstance list(@QueryParam("navn") String name, @QueryParam("side") String page) {
        if (name != null && name.length() > 200) {
            throw ProblemException.invalid("navn", "at most 200 characters");
        }
        PageRequest request = new PageRequest(number(page, "side", PageRequest.MAX_PAGE), SIZE);
        return Templates.list(PatientList.of(name, queries.search(blankToNull(name), null, null, request)));
    }

    @GET
    @Path("/{patientId}")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "patient")
    public TemplateInstance patient(@PathParam("patientId") UUID patientId, @QueryParam("dager") String days,
                                    @QueryParam("rapportside") String reportPage) {
        return Templates.patient(sections.page(patientId, PatientCharts.days(days),
                number(reportPage, "rapportside", 10_000)));
    }

    /** A page number of a query (0 when absent); 400 naming the parameter when it is not one. */
    static int number(String text, String parameter, int max) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(parameter, "must be a page number from 0 to " + max);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
