package no.mila.dho.console.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.application.PatientBrief;
import no.mila.dho.plan.application.PlanApproval;
import no.mila.dho.plan.application.PlanDrafting;
import no.mila.dho.plan.application.PlanQueries;
import no.mila.dho.plan.application.PlanRecord;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * How the console shows a patient's plans and takes a step on them: every step is the plan feature's (PlanDrafting,
 * PlanApproval), which decides it exactly as for the API (medication by physicians, approval by the patient's
 * physician); then back to the page (303) with a notice. A refusal is the page again with the reason in Norwegian,
 * under the refusal's status, so the access log records it as it records the API's; a 404 stays the error page
 * (no patient data). Nothing here decides who may do what.
 */
@ApplicationScoped
class PlanSteps {

    private final PatientAccess access;
    private final PlanQueries queries;
    private final PlanDrafting drafting;
    private final PlanApproval approval;

    PlanSteps(PatientAccess access, PlanQueries queries, PlanDrafting drafting, PlanApproval approval) {
        this.access = access;
        this.queries = queries;
        this.drafting = drafting;
        this.approval = approval;
    }

    /** The page of the patient's plans, with a refusal ({@code message}) or a notice ({@code done}). */
    PlanPage page(UUID patientId, String message, String done) {
        PatientBrief patient = access.requireClinicalBrief(patientId);
        boolean physician = access.isPatientsPhysician(patient.facts());
        List<PlanPage.VersionRow> versions = queries.versions(patientId).stream().map(PlanPage.VersionRow::of)
                .toList();
        PlanPage.Plan active = null;
        PlanPage.Plan draft = null;
        for (PlanPage.VersionRow v : versions) {
            if (v.status().equals(PlanStatus.ACTIVE.name())) {
                active = PlanPage.Plan.of(queries.one(patientId, UUID.fromString(v.id())));
            } else if (v.status().equals(PlanStatus.DRAFT.name())) {
                draft = PlanPage.Plan.of(queries.one(patientId, UUID.fromString(v.id())));
            }
        }
        return new PlanPage(patientId.toString(), patient.name(), versions, active, draft, physician, physician,
                PlanPage.categories(false), PlanPage.categories(physician), message, PlanWords.done(done));
    }

    Response draft(UUID patientId) {
        return take(patientId, "utkast", "utkast", () -> drafting.draft(patientId, null));
    }

    Response goals(UUID patientId, UUID planId, long version, String text) {
        List<String> goals = text == null ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return take(patientId, "mal", "lagre", () -> {
            PlanRecord plan = queries.one(patientId, planId);
            drafting.update(patientId, planId, version, goals, plan.items());
        });
    }

    /** Replaces one zone's items with the form's (the other zones as they are) through the plan feature's update. */
    Response zone(UUID patientId, UUID planId, long version, Zone zone, ZoneForm form) {
        return take(patientId, "lagret", "lagre", () -> {
            PlanRecord plan = queries.one(patientId, planId);
            List<PlanItem> items = new ArrayList<>();
            for (Zone z : Zone.values()) {
                if (z == zone) {
                    items.addAll(form.items(zone));
                } else {
                    plan.items().stream().filter(i -> i.zone() == z).forEach(items::add);
                }
            }
            drafting.update(patientId, planId, version, plan.plan().goals(), items);
        });
    }

    Response approve(UUID patientId, UUID planId, long version) {
        return take(patientId, "godkjent", "godkjenne", () -> approval.approve(patientId, planId, version));
    }

    Response discard(UUID patientId, UUID planId, long version) {
        return take(patientId, "forkastet", "forkaste", () -> drafting.discard(patientId, planId, version));
    }

    private Response take(UUID patientId, String done, String step, Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.type().status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(PlanTemplates.plans(page(patientId, PlanWords.refusal(e, step), null))).build();
        }
        return Response.seeOther(URI.create("/console/plans/patients/" + patientId + "?utfort=" + done)).build();
    }
}
