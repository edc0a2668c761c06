package no.mila.dho.economics.api;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.economics.application.RecipientCounts;
import no.mila.dho.economics.domain.RecipientRule;
import no.mila.dho.shared.report.ReportChart;
import no.mila.dho.shared.report.ReportTable;
import no.mila.dho.shared.report.ReportTable.Kind;

/** The recipients' tables (CSV, XLSX) and chart (PNG), with Norwegian titles and labels. */
final class RecipientReports {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt",
        "nov", "des"};

    private RecipientReports() {
    }

    static ReportTable table(int year, RecipientRule rule, List<RecipientCounts.MunicipalityYear> counts) {
        ReportTable.Builder table = ReportTable.titled("Tjenestemottakere per kommune og måned " + year)
                .column("municipality", "Kommunenr.", Kind.TEXT).column("name", "Kommune", Kind.TEXT)
                .column("month", "Måned", Kind.MONTH).column("recipients", "Tjenestemottakere", Kind.INTEGER)
                .column("target", "Måltall", Kind.INTEGER);
        for (RecipientCounts.MunicipalityYear m : counts) {
            m.months().forEach(f -> table.row(m.municipality(), m.name(), f.month(), f.recipients(),
                    f.target().orElse(null)));
        }
        return table.note(ruleNote(rule))
                .note("Kommunen er pasientens nåværende bostedskommune (flyttinger føres ikke historisk).")
                .note("Måneder før kommunen ble med har 0 tjenestemottakere og intet måltall.").build();
    }

    static ReportTable patients(String municipality, YearMonth month, List<RecipientCounts.CountedPatient> rows) {
        ReportTable.Builder table = ReportTable.titled("Tjenestemottakere i " + municipality + " " + month)
                .column("id", "Pasient-id", Kind.TEXT).column("name", "Navn", Kind.TEXT)
                .column("pathway", "Forløp", Kind.TEXT).column("followedFrom", "Fulgt opp fra", Kind.DATE)
                .column("followedTo", "Fulgt opp til", Kind.DATE);
        rows.forEach(p -> table.row(p.patientId().toString(), p.name(), p.pathway(), p.followedFrom(),
                p.followedTo().orElse(null)));
        return table.note("Tom «Fulgt opp til»: forløpet pågår.").build();
    }

    static ReportChart chart(RecipientCounts.MunicipalityYear m, int year) {
        Map<String, Number> recipients = new LinkedHashMap<>();
        Map<String, Number> targets = new LinkedHashMap<>();
        m.months().forEach(f -> {
            String label = MONTHS[f.month().getMonthValue() - 1] + " " + year;
            recipients.put(label, f.recipients());
            targets.put(label, f.target().orElse(null));
        });
        return new ReportChart("Tjenestemottakere mot måltall " + year + " – " + m.name(), "Måned",
                "Antall tjenestemottakere", List.of(
                new ReportChart.Series("Tjenestemottakere", ReportChart.Style.BAR, recipients),
                new ReportChart.Series("Måltall", ReportChart.Style.LINE, targets)));
    }

    private static String ruleNote(RecipientRule rule) {
        return "Telles: pasienter med tildelt forløp (baseline, aktiv oppfølging" + (rule.pausedCounts()
                ? " og pause" : "; ikke pause") + ") minst " + rule.minimumDays()
                + (rule.minimumDays() == 1 ? " dag" : " dager") + " i måneden; hver pasient én gang per kommune og måned.";
    }
}
