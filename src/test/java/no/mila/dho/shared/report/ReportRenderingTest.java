package no.mila.dho.shared.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.problem.ProblemException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {

    private static final ReportTable TABLE = ReportTable.titled("Tjenestemottakere 2025")
            .column("municipality", "Kommune", ReportTable.Kind.TEXT)
            .column("month", "Måned", ReportTable.Kind.MONTH)
            .column("recipients", "Mottakere", ReportTable.Kind.INTEGER)
            .column("amount", "Beløp (NOK)", ReportTable.Kind.NOK)
            .column("markup", "Påslag", ReportTable.Kind.PERCENT)
            .column("since", "Fra", ReportTable.Kind.DATE)
            .row("Ullensaker", YearMonth.of(2025, 1), 12, Nok.of("12240.50"), new BigDecimal("3.5"), LocalDate.of(2025, 1, 1))
            .row("=HYPERLINK(\"x\")", YearMonth.of(2025, 2), null, Nok.of("-1"), null, null)
            .row("Nes, \"sør\"", YearMonth.of(2025, 3), 7, Nok.ZERO, BigDecimal.ONE, null)
            .note("Telt: fulgt opp minst én dag i måneden.")
            .build();

    @Test
    void csv_is_rfc_4180_with_norwegian_labels_and_no_formulas() {
        String csv = new String(CsvWriter.write(TABLE), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n", -1)).containsExactly(
                "Kommune,Måned,Mottakere,Beløp (NOK),Påslag,Fra",
                "Ullensaker,2025-01,12,12240.50,3.5,2025-01-01",
                "\"'=HYPERLINK(\"\"x\"\")\",2025-02,,-1.00,,",
                "\"Nes, \"\"sør\"\"\",2025-03,7,0.00,1,",
                "");
        assertThat(CsvWriter.field("-3", false)).as("a negative number is not text").isEqualTo("-3");
        assertThat(CsvWriter.field("+47 123", true)).isEqualTo("'+47 123");
        assertThat(CsvWriter.field("@SUM", true)).isEqualTo("'@SUM");
    }

    @Test
    void xlsx_has_the_title_the_header_and_typed_cells() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(TABLE)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Tjenestemottakere 2025");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tjenestemottakere 2025");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Beløp (NOK)");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(12240.5);
            assertThat(sheet.getRow(3).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(3).getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(sheet.getRow(4).getCell(0).getCellType()).as("text, not a formula").isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(4).getCell(2)).as("an empty value is an empty cell").isNull();
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).startsWith("Telt:");
        }
    }

    @Test
    void a_chart_is_a_png_of_the_stated_size() throws Exception {
        Map<String, Number> actual = new LinkedHashMap<>();
        Map<String, Number> target = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            actual.put(YearMonth.of(2025, m).toString(), 10 + m);
            target.put(YearMonth.of(2025, m).toString(), 15);
        }
        actual.put("2025-12", null);
        byte[] png = ChartRenderer.png(new ReportChart("Tjenestemottakere mot måltall, Nes 2025", "Måned", "Antall",
                List.of(new ReportChart.Series("Mottakere", ReportChart.Style.BAR, actual),
                        new ReportChart.Series("Måltall", ReportChart.Style.LINE, target))));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }

    @Test
    void a_row_must_fit_its_columns() {
        assertThatThrownBy(() -> ReportTable.titled("x").column("a", "A", ReportTable.Kind.INTEGER).row("tekst").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportTable.titled("x").column("a", "A", ReportTable.Kind.INTEGER).row(1, 2).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_format_is_the_parameter_else_the_accept_header_else_json() {
        assertThat(ReportFormat.choose("XLSX", null)).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.choose(null, null)).isEqualTo(ReportFormat.JSON);
        assertThatThrownBy(() -> ReportFormat.choose("pdf", null)).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.violations().toString()).contains("format").contains("json, csv, xlsx"));
    }
}
