package no.mila.dho.survey.api;

import java.math.BigDecimal;
import no.mila.dho.shared.report.ReportTable;
import no.mila.dho.shared.report.ReportTable.Kind;
import no.mila.dho.survey.application.RoundResults;

/** The results of a round as the table of their CSV and XLSX, with Norwegian labels. */
final class ResultsTable {

    private ResultsTable() {
    }

    static ReportTable of(RoundResults r) {
        ReportTable.Builder table = ReportTable.titled("Brukerundersøkelse " + r.year() + ": resultater "
                        + (r.municipality() == null ? "for alle kommuner" : "for kommune " + r.municipality()))
                .column("question", "Spørsmål nr.", Kind.INTEGER)
                .column("questionText", "Spørsmål", Kind.TEXT)
                .column("answer", "Svaralternativ eller fritekst", Kind.TEXT)
                .column("count", "Antall", Kind.INTEGER)
                .column("answers", "Antall som svarte på spørsmålet", Kind.INTEGER);
        table.note("Undersøkelse: " + r.title());
        if (r.suppressed()) {
            return table.note(r.note()).build();
        }
        table.note("Invitert: " + r.invited() + ". Svar: " + r.answers() + ". Svarprosent: "
                + percent(r.responseRatePercent()) + ".");
        for (RoundResults.QuestionResult q : r.questions()) {
            for (RoundResults.OptionResult o : q.options()) {
                table.row(q.position(), q.text(), o.text(), o.count(), q.answers());
            }
            for (String text : q.texts()) {
                table.row(q.position(), q.text(), text, null, q.answers());
            }
            if (q.options().isEmpty() && q.texts().isEmpty()) {
                table.row(q.position(), q.text(), null, null, q.answers());
            }
        }
        if (r.municipality() != null) {
            table.note("Fritekstsvar vises bare i resultatene for alle kommuner.");
        }
        return table.note("Resultater for en kommune vises bare der minst 5 har svart.").build();
    }

    private static String percent(BigDecimal value) {
        return value == null ? "ingen invitert" : value.toPlainString().replace('.', ',') + " %";
    }
}
