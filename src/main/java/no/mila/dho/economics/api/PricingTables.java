package no.mila.dho.economics.api;

import java.math.BigDecimal;
import no.mila.dho.economics.application.Pricing;
import no.mila.dho.economics.domain.PriceModel;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.report.ReportTable;
import no.mila.dho.shared.report.ReportTable.Kind;

/**
 * The estimate, the settlement and the comparison as tables (CSV, XLSX) with Norwegian labels, built from the same
 * views as the JSON, so a coordinator's table has only their municipality's rows too; the collaboration's totals are
 * in the notes.
 */
final class PricingTables {

    private PricingTables() {
    }

    static ReportTable estimate(EstimateView e) {
        ReportTable.Builder t = ReportTable
                .titled("Estimert pris og betaling " + e.year() + " (tjenesteprismodell 2025)")
                .column("municipality", "Kommunenr.", Kind.TEXT).column("name", "Kommune", Kind.TEXT)
                .column("targetMonths", "Måltall (tjenestemottaker-måneder)", Kind.INTEGER)
                .column("price", "Estimert pris per tjenestemottaker-måned", Kind.NOK)
                .column("estimatedPayment", "Estimert betaling", Kind.NOK);
        e.municipalities().forEach(p -> t.row(p.municipality(), p.name(), p.targetMonths(),
                nok(e.estimatedPricePerRecipientMonth()), nok(p.estimatedPayment())));
        t.row("", "Alle kommuner", Math.toIntExact(e.estimatedRecipientMonths()),
                nok(e.estimatedPricePerRecipientMonth()), nok(e.totalEstimatedPayment()));
        t.note("Estimert totalkostnad (budsjett): " + e.estimatedTotalCost() + " kr")
                .note("Estimerte tjenestemottaker-måneder (sum av måltall): " + e.estimatedRecipientMonths())
                .note("Gjennomsnittlig kostnad per tjenestemottaker-måned: " + e.averageCostPerRecipientMonth()
                        + " kr")
                .note("Risikopåslag " + e.riskMarkupPercent() + " %: " + e.riskMarkup() + " kr")
                .note("Bemanningsbehov: " + e.staffing().averageNurses() + " årsverk i snitt ("
                        + e.staffing().recipientsPerNurse() + " tjenestemottakere per årsverk)")
                .note("Sum estimert betaling, alle kommuner: " + e.totalEstimatedPayment() + " kr");
        e.staffing().months().forEach(m -> t.note("Årsverk " + m.month() + ": " + m.nurses() + " (måltall "
                + m.targets() + ")"));
        return t.build();
    }

    static ReportTable settlement(SettlementView s) {
        ReportTable.Builder t = ReportTable.titled("Avregning " + s.year() + (s.preliminary() ? " (foreløpig)" : ""))
                .column("municipality", "Kommunenr.", Kind.TEXT).column("name", "Kommune", Kind.TEXT)
                .column("line", "Linje", Kind.TEXT).column("month", "Måned", Kind.MONTH)
                .column("recipients", "Tjenestemottakere", Kind.INTEGER).column("target", "Måltall", Kind.INTEGER)
                .column("billable", "Fakturerbare", Kind.INTEGER).column("amount", "Beløp", Kind.NOK);
        for (SettlementView.Invoice i : s.municipalities()) {
            i.lines().forEach(l -> t.row(i.municipality(), i.name(), "Måned", l.month(), l.recipients(), l.target(),
                    l.billable(), nok(l.amount())));
            if (i.startUpFee() != null) {
                SettlementView.Fee f = i.startUpFee();
                t.row(i.municipality(), i.name(), "Oppstartskostnad " + f.quarter()
                        + (f.amount() == null ? " (mangler kostnad per sykepleierdag)" : ""), null, null, null, null,
                        f.amount() == null ? null : nok(f.amount()));
            }
            t.row(i.municipality(), i.name(), "Sum", null, Math.toIntExact(i.recipientMonths()), null,
                    Math.toIntExact(i.billableRecipientMonths()), nok(i.total()));
        }
        String all = "Alle kommuner";
        String mark = s.preliminary() ? " (foreløpig)" : "";
        t.row("", all, "Regnskapsførte utgifter" + mark, null, null, null, null, nok(s.bookedExpenses()))
                .row("", all, "Fakturert uten oppstartskostnader" + mark, null, Math.toIntExact(s.recipientMonths()),
                        null, Math.toIntExact(s.billableRecipientMonths()), nok(s.invoiced()))
                .row("", all, "Oppstartskostnader" + mark, null, null, null, null, nok(s.startUpFees()))
                .row("", all, "Overskudd for driftsrådet" + mark, null, null, null, null, nok(s.surplus()));
        return t.note("Regnskapsførte utgifter: " + s.bookedExpenses() + " kr")
                .note("Telte tjenestemottaker-måneder: " + s.recipientMonths())
                .note("Faktisk kostnad per tjenestemottaker-måned: " + s.actualCostPerRecipientMonth() + " kr")
                .note("Fakturert (uten oppstartskostnader): " + s.invoiced() + " kr; oppstartskostnader: "
                        + s.startUpFees() + " kr")
                .note("Overskudd for driftsrådet: " + s.surplus() + " kr")
                .note(s.preliminary() ? "Foreløpig: året er ikke avsluttet." : "Året er avsluttet.").build();
    }

    static ReportTable comparison(ComparisonView c) {
        ReportTable.Builder t = ReportTable.titled("Sammenligning av prismodeller " + c.year()
                        + (c.preliminary() ? " (foreløpig)" : ""))
                .column("municipality", "Kommunenr.", Kind.TEXT).column("name", "Kommune", Kind.TEXT)
                .column("recipientMonths", "Tjenestemottaker-måneder", Kind.INTEGER);
        for (PriceModel m : Pricing.MODELS) {
            t.column(m.name() + ".payment", "Betaling, " + m.name(), Kind.NOK)
                    .column(m.name() + ".perRecipientMonth", "Per tjenestemottaker-måned, " + m.name(), Kind.NOK);
        }
        for (ComparisonView.Row r : c.municipalities()) {
            Object[] row = new Object[3 + 2 * Pricing.MODELS.size()];
            row[0] = r.municipality();
            row[1] = r.name();
            row[2] = r.recipientMonths();
            for (int k = 0; k < Pricing.MODELS.size(); k++) {
                ComparisonView.Payment p = r.payments().get(Pricing.MODELS.get(k).name());
                row[3 + 2 * k] = p == null ? null : nok(p.payment());
                row[4 + 2 * k] = p == null || p.perRecipientMonth() == null ? null : nok(p.perRecipientMonth());
            }
            t.row(row);
        }
        t.note("Faktisk kostnad: " + c.actualCost() + " kr; grunnandel: " + c.baseSharePercent() + " %");
        c.models().forEach(m -> t.note(m.name() + ": " + m.description() + " Sum: " + m.total() + " kr"));
        return t.build();
    }

    private static Nok nok(BigDecimal amount) {
        return new Nok(amount);
    }
}
