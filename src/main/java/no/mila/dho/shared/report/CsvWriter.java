package no.mila.dho.shared.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.mila.dho.shared.money.Nok;

/**
 * A table as CSV (RFC 4180): UTF-8 without a byte-order mark, comma-separated, CRLF line ends, one header row of the
 * Norwegian labels, then the rows. Numbers with a decimal point, dates ISO 8601, months {@code 2025-03}. The title and
 * notes are not in the CSV (they are in the XLSX and the JSON). A text that a spreadsheet would run as a formula
 * (it begins with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe (OWASP's advice
 * against CSV injection): a patient's name is text, never a formula.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static byte[] write(ReportTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns().stream().map(c -> (Object) c.label()).toList(), null);
        for (List<Object> row : table.rows()) {
            line(out, row, table);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> cells, ReportTable table) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = cells.get(i);
            boolean text = table == null || table.columns().get(i).kind() == ReportTable.Kind.TEXT;
            out.append(field(value, text));
        }
        out.append("\r\n");
    }

    static String field(Object value, boolean text) {
        if (value == null) {
            return "";
        }
        String plain = value instanceof Nok nok ? nok.amount().toPlainString()
                : value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (text && !plain.isEmpty() && "=+-@\t\r".indexOf(plain.charAt(0)) >= 0) {
            plain = "'" + plain;
        }
        if (plain.contains(",") || plain.contains("\"") || plain.contains("\n") || plain.contains("\r")) {
            return '"' + plain.replace("\"", "\"\"") + '"';
        }
        return plain;
    }
}
