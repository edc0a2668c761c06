package no.mila.dho.benefit.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.mila.dho.benefit.application.BenefitSummary;
import no.mila.dho.benefit.domain.BenefitAverages;
import no.mila.dho.shared.report.ReportChart;
import no.mila.dho.shared.report.ReportTable;
import no.mila.dho.shared.report.ReportTable.Kind;

/**
 * The overall benefit report of a year (JSON), its table (CSV, XLSX) and its chart: per municipality and quarter,
 * the averages per patient and reported month against the same averages at baseline. Numbers only.
 */
public record SummaryView(int year, String municipality, List<Row> rows) {

    /** One measure: reported average and baseline average (null where there is nothing to average). */
    public record Pair(BigDecimal reported, BigDecimal baseline) {

        static Pair of(BenefitAverages.Pair p) {
            return new Pair(p.reported(), p.baseline());
        }
    }

    /** One municipality's quarter. */
    public record Row(String municipality, String name, int quarter, int patientsFollowed, int patientsReported,
                      int patientMonths, Pair homeNursingMinutes, Pair homeNursingVisits, Pair kadDays,
                      Pair shortTermDays) {

        static Row of(BenefitSummary.Row r) {
            BenefitAverages.Result a = r.averages();
            return new Row(r.municipality(), r.name(), r.quarter().number(), r.patientsFollowed(),
                    a.patientsReported(), a.patientMonths(), Pair.of(a.minutes()), Pair.of(a.visits()),
                    Pair.of(a.kadDays()), Pair.of(a.shortTermDays()));
        }
    }

    static SummaryView of(int year, String municipality, List<BenefitSummary.Row> rows) {
        return new SummaryView(year, municipality, rows.stream().map(Row::of).toList());
    }

    ReportTable table() {
        ReportTable.Builder table = ReportTable.titled("Gevinstrapportering " + year + ": snitt per pasient og "
                        + "måned mot utgangspunktet")
                .column("municipality", "Kommunenr.", Kind.TEXT).column("name", "Kommune", Kind.TEXT)
                .column("quarter", "Kvartal", Kind.INTEGER).column("patientsFollowed", "Pasienter fulgt opp", Kind.INTEGER)
                .column("patientsReported", "Pasienter rapportert", Kind.INTEGER)
                .column("patientMonths", "Rapporterte pasientmåneder", Kind.INTEGER)
                .column("minutes", "Hjemmesykepleie, minutter", Kind.DECIMAL)
                .column("minutesBaseline", "Hjemmesykepleie, minutter ved utgangspunkt", Kind.DECIMAL)
                .column("visits", "Hjemmesykepleie, besøk", Kind.DECIMAL)
                .column("visitsBaseline", "Hjemmesykepleie, besøk ved utgangspunkt", Kind.DECIMAL)
                .column("kadDays", "KAD-døgn", Kind.DECIMAL).column("kadDaysBaseline", "KAD-døgn ved utgangspunkt", Kind.DECIMAL)
                .column("shortTermDays", "Korttidsdøgn", Kind.DECIMAL)
                .column("shortTermDaysBaseline", "Korttidsdøgn ved utgangspunkt", Kind.DECIMAL);
        for (Row r : rows) {
            table.row(r.municipality(), r.name(), r.quarter(), r.patientsFollowed(), r.patientsReported(),
                    r.patientMonths(), r.homeNursingMinutes().reported(), r.homeNursingMinutes().baseline(),
                    r.homeNursingVisits().reported(), r.homeNursingVisits().baseline(), r.kadDays().reported(),
                    r.kadDays().baseline(), r.shortTermDays().reported(), r.shortTermDays().baseline());
        }
        return table.note("Snitt per pasient og rapportert måned; utgangspunktet er registrert ved tildeling "
                        + "(KAD- og korttidsdøgn: de 12 månedene før, delt på 12), vektet med pasientens "
                        + "rapporterte måneder.")
                .note("Pasienter uten rapport er ikke med i snittene; tomme celler: ingenting å regne snitt av.")
                .build();
    }

    /**
     * The chart of one municipality: per quarter, each measure as a share of its baseline (baseline = 100), so
     * minutes and days fit one axis; a measure whose baseline is 0 or missing leaves a gap.
     */
    ReportChart chart(String name) {
        Map<String, Function<Row, Pair>> measures = new LinkedHashMap<>();
        measures.put("Hjemmesykepleie, minutter", Row::homeNursingMinutes);
        measures.put("Hjemmesykepleie, besøk", Row::homeNursingVisits);
        measures.put("KAD-døgn", Row::kadDays);
        measures.put("Korttidsdøgn", Row::shortTermDays);
        List<ReportChart.Series> series = new java.util.ArrayList<>();
        measures.forEach((label, measure) -> {
            Map<String, Number> values = new LinkedHashMap<>();
            rows.forEach(r -> values.put(year + " K" + r.quarter(), index(measure.apply(r))));
            series.add(new ReportChart.Series(label, ReportChart.Style.BAR, values));
        });
        Map<String, Number> baseline = new LinkedHashMap<>();
        rows.forEach(r -> baseline.put(year + " K" + r.quarter(), 100));
        series.add(new ReportChart.Series("Utgangspunkt (= 100)", ReportChart.Style.LINE, baseline));
        return new ReportChart("Gevinster mot utgangspunktet, " + name + " " + year, "Kvartal",
                "Prosent av utgangspunktet", series);
    }

    private static BigDecimal index(Pair p) {
        if (p.reported() == null || p.baseline() == null || p.baseline().signum() == 0) {
            return null;
        }
        return p.reported().multiply(BigDecimal.valueOf(100)).divide(p.baseline(), 1, RoundingMode.HALF_UP);
    }
}
