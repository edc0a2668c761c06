package no.mila.dho.console.thresholds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.application.PatientBrief;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.threshold.application.ChangeRequestQueries;
import no.mila.dho.threshold.application.ProposeCommand;
import no.mila.dho.threshold.application.ReEvaluation;
import no.mila.dho.threshold.application.ThresholdChangeService;
import no.mila.dho.threshold.application.ThresholdService;

/**
 * The proposal form: pre-filled with the version in force (read as the API reads it: the patient's clinical data
 * through {@link PatientAccess}), the dry run of the values in the form ({@link ReEvaluation}, nothing stored), and
 * the proposal itself by {@link ThresholdChangeService} (which checks who may propose and whether the values are
 * usable). A refusal shows the form again with the values typed and the reason in Norwegian.
 */
@ApplicationScoped
class Proposals {

    /** The dry run's period, as the API's default. */
    static final int DRY_RUN_DAYS = 14;

    private final PatientAccess access;
    private final ThresholdService thresholds;
    private final ReEvaluation reEvaluation;
    private final ThresholdChangeService changes;
    private final ChangeRequestQueries queries;
    private final CurrentUser user;

    Proposals(PatientAccess access, ThresholdService thresholds, ReEvaluation reEvaluation,
              ThresholdChangeService changes, ChangeRequestQueries queries, CurrentUser user) {
        this.access = access;
        this.queries = queries;
        this.thresholds = thresholds;
        this.reEvaluation = reEvaluation;
        this.changes = changes;
        this.user = user;
    }

    /** What the form is filled from: the patient, the version in force, and the open request if there is one. */
    private record Base(PatientBrief patient, int version, ThresholdSet inForce, String openChange) {
    }

    Response form(UUID patientId) {
        Base base = base(patientId);
        return page(base, LimitForm.valuesOf(base.inForce()), Map.of(), "", null, null, 200);
    }

    Response dryRun(UUID patientId, List<String> keys, List<String> values, String reason) {
        Base base = base(patientId);
        LimitForm.Read read = LimitForm.read(base.inForce(), keys, values);
        if (read.set() == null) {
            return page(base, read.entered(), read.problems(), reason, null, ThresholdTexts.refusal(
                    ProblemType.VALIDATION_FAILED), 400);
        }
        try {
            ReEvaluation.Result result = reEvaluation.ofProposal(patientId, read.set(), DRY_RUN_DAYS);
            return page(base, read.entered(), Map.of(), reason, ProposePage.DryRun.of(result), null, 200);
        } catch (ProblemException e) {
            return refused(base, read, reason, e);
        }
    }

    Response propose(UUID patientId, List<String> keys, List<String> values, String reason, boolean orderNow,
                     String orderNote) {
        Base base = base(patientId);
        LimitForm.Read read = LimitForm.read(base.inForce(), keys, values);
        if (read.set() == null || ChangeSteps.blankToNull(reason) == null) {
            return page(base, read.entered(), read.problems(), reason, null, read.set() == null
                    ? ThresholdTexts.refusal(ProblemType.VALIDATION_FAILED)
                    : "Skriv begrunnelsen for endringen.", 400);
        }
        try {
            UUID id = changes.propose(patientId, new ProposeCommand(reason.strip(), read.set(), orderNow,
                    ChangeSteps.blankToNull(orderNote)));
            return Response.seeOther(URI.create("/console/thresholds/changes/" + id + "?utfort="
                    + (orderNow ? "forordnet" : "forslag"))).build();
        } catch (ProblemException e) {
            return refused(base, read, reason, e);
        }
    }

    private Base base(UUID patientId) {
        PatientBrief patient = access.requireClinicalBrief(patientId);
        var inForce = thresholds.inForceVersion(patientId)
                .orElseThrow(() -> ProblemException.notFound("Thresholds of patient " + patientId));
        String open = queries.openOf(patientId).map(UUID::toString).orElse(null);
        return new Base(patient, inForce.versionNo(), inForce.thresholds(), open);
    }

    private Response refused(Base base, LimitForm.Read read, String reason, ProblemException e) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            String group = v.field().startsWith("weightTrend") ? "weightTrend" : v.field();
            problems.putIfAbsent(group, ThresholdTexts.fieldProblem(group));
        }
        return page(base, read.entered(), problems, reason, null, ThresholdTexts.refusal(e.type()), e.type().status());
    }

    private Response page(Base base, Map<String, String> entered, Map<String, String> problems, String reason,
                          ProposePage.DryRun dryRun, String message, int status) {
        ProposePage page = new ProposePage(base.patient().id().toString(), base.patient().name(), base.version(),
                LimitForm.groups(base.inForce(), entered, problems), reason == null ? "" : reason, dryRun, message,
                user.hasRole(Roles.PHYSICIAN), base.openChange());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(ThresholdTemplates.propose(page)).build();
    }
}
