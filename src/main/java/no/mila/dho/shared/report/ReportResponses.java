package no.mila.dho.shared.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * The one way a resource answers with a report (docs/reports.md): the JSON view, or the table as CSV or XLSX as a
 * download named {@code <name>.<extension>}, or a chart as PNG. Reports carry figures of patients' care, so every
 * answer is {@code Cache-Control: no-store}.
 */
public final class ReportResponses {

    private static final String NO_STORE = "no-store";

    private ReportResponses() {
    }

    /**
     * @param json  the report's JSON view (answered for {@link ReportFormat#JSON})
     * @param table the same figures as a table (built only for CSV and XLSX)
     * @param name  the download's file name without extension (ASCII, e.g. {@code tjenestemottakere-2025})
     */
    public static Response of(ReportFormat format, Object json, Supplier<ReportTable> table, String name) {
        return switch (format) {
            case JSON -> Response.ok(json, format.mediaType()).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
            case CSV -> download(CsvWriter.write(table.get()), format.mediaType() + ";charset=UTF-8",
                    name + ".csv");
            case XLSX -> download(XlsxWriter.write(table.get()), format.mediaType(), name + ".xlsx");
        };
    }

    /** The chart as {@code image/png}, shown inline (an {@code <img>} can point at it). */
    public static Response png(ReportChart chart, String name) {
        return Response.ok(ChartRenderer.png(chart), ChartRenderer.PNG).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("Content-Disposition", "inline; filename=\"" + safe(name) + ".png\"").build();
    }

    private static Response download(byte[] body, String type, String fileName) {
        return Response.ok(body, type).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("Content-Disposition", "attachment; filename=\"" + safe(fileName) + "\"").build();
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
