package no.mila.dho.benefit.api;

import java.math.BigDecimal;
import no.mila.dho.benefit.application.CostEstimates;
import no.mila.dho.benefit.domain.CostEstimate;
import no.mila.dho.benefit.domain.CostParameters;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.report.ReportTable;
import no.mila.dho.shared.report.ReportTable.Kind;

/**
 * The cost estimate of a year (JSON) and its table (CSV, XLSX), laid out as the seed's "Tabell 1": the cost with DHO
 * per patient and in total, without DHO (home nursing) per patient and in total, and the saving; per year and month.
 */
public record CostEstimateView(int year, String municipality, int patients, int patientsWithBaseline,
                               BigDecimal hoursPerWeek, Parameters parameters, Figure followUpService,
                               Figure licence, Figure equipment, Figure withDhoPerPatient, Figure withDhoTotal,
                               Figure withoutDhoPerPatient, Figure withoutDhoTotal, Figure savingPerPatient,
                               Figure savingTotal) {

    /** The unit costs used (NOK). */
    public record Parameters(BigDecimal followUpServicePerYear, BigDecimal licencePerYear,
                             BigDecimal equipmentPerYear, BigDecimal homeNursingHourCost, int weeksPerYear,
                             BigDecimal assumedHoursPerWeek) {
    }

    /** NOK per year and per month. */
    public record Figure(BigDecimal perYear, BigDecimal perMonth) {

        static Figure of(CostEstimate.Figure f) {
            return new Figure(f.perYear().amount(), f.perMonth().amount());
        }
    }

    static CostEstimateView of(CostEstimates.Estimate e) {
        CostEstimate c = e.estimate();
        CostParameters p = e.parameters();
        return new CostEstimateView(e.year(), e.municipality().orElse(null), c.patients(), e.patientsWithBaseline(),
                c.hoursPerWeek(), new Parameters(p.followUpService().amount(), p.licence().amount(),
                p.equipment().amount(), p.homeNursingHourCost().amount(), p.weeksPerYear(), p.assumedHoursPerWeek()),
                Figure.of(c.followUpService()), Figure.of(c.licence()), Figure.of(c.equipment()),
                Figure.of(c.withDhoPerPatient()), Figure.of(c.withDhoTotal()), Figure.of(c.withoutDhoPerPatient()),
                Figure.of(c.withoutDhoTotal()), Figure.of(c.savingPerPatient()), Figure.of(c.savingTotal()));
    }

    ReportTable table() {
        ReportTable.Builder t = ReportTable.titled("Kostnadsestimat " + year
                        + (municipality == null ? "" : ", kommune " + municipality) + ": med og uten DHO")
                .column("line", "Post", Kind.TEXT).column("patients", "Ant. pasienter", Kind.INTEGER)
                .column("perYear", "Per år", Kind.NOK).column("perMonth", "Per mnd.", Kind.NOK);
        line(t, "Estimert kost per pasient for felles oppfølgingstjeneste", null, followUpService);
        line(t, "Estimert kost per brukerlisens i systemløsning", null, licence);
        line(t, "Estimert kostnad for medisinsk teknisk utstyr per pasient", null, equipment);
        line(t, "Sum kostnader med DHO (per pasient)", 1, withDhoPerPatient);
        line(t, "Sum kostnader med DHO (gitt pasientantallet)", patients, withDhoTotal);
        line(t, "Sum kostnad uten DHO (per pasient)", 1, withoutDhoPerPatient);
        line(t, "Sum kostnad uten DHO (gitt at pasientene ville hatt hjemmetjenester)", patients, withoutDhoTotal);
        line(t, "Differanse (besparelse) med DHO per pasient", 1, savingPerPatient);
        line(t, "Differanse (besparelse) med DHO totalt", patients, savingTotal);
        String basis = patientsWithBaseline == 0 ? "antatt, uten registrert utgangspunkt"
                : "snittet av utgangspunktets minutter per måned for " + patientsWithBaseline + " pasienter";
        return t.note("Pasienter: fulgt opp minst én dag i året. Uten DHO: hjemmesykepleie " + hoursPerWeek
                        + " timer per uke (" + basis + ") à " + parameters.homeNursingHourCost() + " kr, "
                        + parameters.weeksPerYear() + " uker per år.")
                .note("Kostnad per pasient og år avrundes til hele kroner; totaler er det tallet ganger antall "
                        + "pasienter; per måned er per år delt på 12, rundet ned til hele kroner.")
                .note("Estimatet kan ikke brukes som grunnlag for kost-nytte-analyser.").build();
    }

    private static void line(ReportTable.Builder t, String label, Integer patients, Figure f) {
        t.row(label, patients, new Nok(f.perYear()), new Nok(f.perMonth()));
    }
}
