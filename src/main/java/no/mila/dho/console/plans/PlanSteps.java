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

    /** One zone's items as the form sends them (parallel lists, one entry per row) and the new item's fields. */
    record ZoneForm(List<String> ids, List<String> categories, List<String> texts, List<String> drugs,
                    List<String> doses, List<String> starts, List<String> stops, List<String> removed,
                    String newCategory, String newText, String newDrug, String newDose, String newStart,
                    String newStop) {
    }

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
        List<PlanPage.VersionRow> versions = queries.versions(patientId).stream().map(PlanPage.VersionRow::of).toList();
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
                    items.addAll(rows(zone, form));
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

    private static List<PlanItem> rows(Zone zone, ZoneForm f) {
        List<PlanItem> items = new ArrayList<>();
        int rows = f.ids() == null ? 0 : f.ids().size();
        for (int i = 0; i < rows; i++) {
            String id = at(f.ids(), i);
            if (id != null && f.removed() != null && f.removed().contains(id)) {
                continue;
            }
            items.add(new PlanItem(id, zone, category(at(f.categories(), i)), at(f.texts(), i), at(f.drugs(), i),
                    at(f.doses(), i), at(f.starts(), i), at(f.stops(), i)));
        }
        if (blankToNull(f.newText()) != null) {
            items.add(new PlanItem(null, zone, category(f.newCategory()), f.newText().strip(), trimmed(f.newDrug()),
                    trimmed(f.newDose()), trimmed(f.newStart()), trimmed(f.newStop())));
        }
        return items;
    }

    private static no.mila.dho.plan.domain.AdviceCategory category(String name) {
        try {
            return name == null ? null : no.mila.dho.plan.domain.AdviceCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("category", "unknown advice category");
        }
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() ? null : blankToNull(list.get(i));
    }

    private static String trimmed(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.strip();
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

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
