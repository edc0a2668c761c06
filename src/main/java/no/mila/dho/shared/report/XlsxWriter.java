package no.mila.dho.shared.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.shared.money.Nok;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an XLSX workbook (Apache POI): one sheet named after the title, the title in bold in the first row, the
 * header row (frozen) under it, then typed cells: numbers as numbers (NOK with two decimals, per cent as
 * {@code 3,5 %}), dates as dates, so a spreadsheet sums and sorts them; the notes below the rows. Texts are written as
 * strings, never as formulas.
 */
public final class XlsxWriter {

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 2;

    private XlsxWriter() {
    }

    public static byte[] write(ReportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            Map<ReportTable.Kind, CellStyle> styles = styles(workbook);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Cell title = sheet.createRow(TITLE_ROW).createCell(0);
            title.setCellValue(table.title());
            title.setCellStyle(bold);
            Row header = sheet.createRow(HEADER_ROW);
            int[] widths = new int[table.columns().size()];
            for (int i = 0; i < table.columns().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.columns().get(i).label());
                cell.setCellStyle(bold);
                widths[i] = table.columns().get(i).label().length();
            }
            int r = HEADER_ROW + 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    ReportTable.Kind kind = table.columns().get(i).kind();
                    Object value = values.get(i);
                    if (value != null) {
                        Cell cell = row.createCell(i);
                        set(cell, value);
                        cell.setCellStyle(styles.get(kind));
                        widths[i] = Math.max(widths[i], Math.min(60, String.valueOf(value).length() + 2));
                    }
                }
            }
            r++;
            for (String note : table.notes()) {
                sheet.createRow(r++).createCell(0).setCellValue(note);
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(255, widths[i] + 2) * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Nok nok) {
            cell.setCellValue(nok.amount().doubleValue());
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static Map<ReportTable.Kind, CellStyle> styles(XSSFWorkbook workbook) {
        Map<ReportTable.Kind, CellStyle> styles = new EnumMap<>(ReportTable.Kind.class);
        for (ReportTable.Kind kind : ReportTable.Kind.values()) {
            CellStyle style = workbook.createCellStyle();
            String format = switch (kind) {
                case INTEGER -> "#,##0";
                case DECIMAL -> "#,##0.0##";
                case NOK -> "#,##0.00";
                case PERCENT -> "0.0##\" %\"";
                case DATE -> "yyyy-mm-dd";
                case TEXT, MONTH -> "@";
            };
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            styles.put(kind, style);
        }
        return styles;
    }
}
