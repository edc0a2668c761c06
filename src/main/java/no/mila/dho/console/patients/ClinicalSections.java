package no.mila.dho.console.patients;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import no.mila.dho.alert.application.AlertReads;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.plan.application.PlanQueries;
import no.mila.dho.plan.application.PlanRecord;
import no.mila.dho.plan.domain.PlanItem;

/**
 * The clinical part of the patient page, for those who see it (the same PatientAccess.requireClinical as the
 * measurement, threshold and plan endpoints): the charts ({@link PatientCharts}), the reports with their zone and
 * reasons (each report's alert, as the FHIR Flag reads them: AlertReads), newest first, {@value #REPORTS} a page, and
 * the active self-management plan by zone (PlanQueries, as {@code /api/patients/{id}/plans/active}).
 */
@ApplicationScoped
class ClinicalSections {

    static final int REPORTS = 10;
    private static final List<Integer> PERIODS = List.of(7, 30, 90);

    private final PatientAccess access;
    private final PatientCharts charts;
    private final AlertReads alerts;
    private final PlanQueries plans;

    ClinicalSections(PatientAccess access, PatientCharts charts, AlertReads alerts, PlanQueries plans) {
        this.access = access;
        this.charts = charts;
        this.alerts = alerts;
        this.plans = plans;
    }

    PatientPage.Clinical of(UUID patientId, int days, int reportPage) {
        access.requireClinical(patientId);
        String base = "/console/patients/" + patientId;
        List<PatientPage.Period> periods = PERIODS.stream().map(d -> new PatientPage.Period(d, "Siste " + d + " dager",
                base + "?dager=" + d, d == days)).toList();
        return new PatientPage.Clinical(days, periods, charts.of(patientId, days), reports(patientId, days, reportPage),
                plan(patientId), "/console/plans/patients/" + patientId, "/console/thresholds/patients/" + patientId);
    }

    private PatientPage.Reports reports(UUID patientId, int days, int page) {
        AlertReads.Page found = alerts.page(new AlertReads.Filter(patientId, EnumSet.allOf(HandlingStatus.class), null,
                null), AlertReads.Order.RECEIVED_DESC, page * REPORTS, REPORTS);
        int pages = (int) ((found.total() + REPORTS - 1) / REPORTS);
        String link = "/console/patients/" + patientId + "?dager=" + days + "&rapportside=";
        List<PatientPage.Report> items = found.alerts().stream().map(a -> new PatientPage.Report(
                ConsoleFormat.dateTime(a.receivedAt()), a.zone().name(), ChartTexts.zone(a.zone()), a.reasons(),
                PatientTexts.handling(a.status()), a.closedBy() != null ? a.closedBy()
                : a.heldBy() == null ? "" : a.heldBy())).toList();
        return new PatientPage.Reports(items, found.total(), page > 0 ? link + (page - 1) + "#rapporter" : null,
                page + 1 < pages ? link + (page + 1) + "#rapporter" : null, page + 1, Math.max(pages, 1));
    }

    private PatientPage.Plan plan(UUID patientId) {
        PlanQueries.PlanStatusSummary status = plans.status(patientId);
        if (!status.hasApprovedPlan()) {
            return new PatientPage.Plan(false, 0, "", List.of(), List.of(), status.draftInProgress());
        }
        PlanRecord plan = plans.active(patientId);
        List<PatientPage.PlanZone> zones = List.of(Zone.GREEN, Zone.YELLOW, Zone.RED).stream()
                .map(z -> new PatientPage.PlanZone(z.name(), PatientTexts.planZone(z), plan.items().stream()
                        .filter(i -> i.zone() == z).map(ClinicalSections::advice).toList()))
                .filter(z -> !z.items().isEmpty()).toList();
        return new PatientPage.Plan(true, plan.plan().versionNo(), ConsoleFormat.dateTime(plan.plan().approvedAt())
                + (plan.plan().approvedByName() == null ? "" : " av " + plan.plan().approvedByName()),
                plan.plan().goals() == null ? List.of() : plan.plan().goals(), zones, status.draftInProgress());
    }

    private static PatientPage.Advice advice(PlanItem item) {
        return new PatientPage.Advice(PatientTexts.category(item.category()), item.patientText());
    }
}
