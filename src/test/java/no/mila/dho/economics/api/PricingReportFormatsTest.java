package no.mila.dho.economics.api;

import static io.restassured.RestAssured.given;
import static no.mila.dho.economics.api.PricingFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import no.mila.dho.economics.WithFixedRecipients;
import no.mila.dho.shared.report.ReportFormat;
import no.mila.dho.testsupport.Tokens;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The estimate, the settlement and the comparison as CSV and XLSX, with Norwegian labels. */
@QuarkusTest
@TestProfile(WithFixedRecipients.class)
class PricingReportFormatsTest {

    @BeforeEach
    void enter() {
        PricingFixture.enter();
    }

    @Test
    void the_settlement_as_csv_has_a_line_per_month_the_start_up_fee_and_the_sums() {
        String csv = given().auth().oauth2(Tokens.council()).queryParam("format", "csv")
                .get("/api/economics/settlements/" + YEAR).then().statusCode(200)
                .contentType(startsWith(ReportFormat.CSV_TYPE))
                .header("Content-Disposition", containsString("avregning-" + YEAR + ".csv"))
                .extract().asString();
        assertThat(csv).contains("Kommunenr.", "Tjenestemottakere", "Måltall", "Fakturerbare", "Beløp",
                "Oppstartskostnad " + YEAR + "-K2", "Alle kommuner,Overskudd for driftsrådet (foreløpig),,,,,12000.00");
        assertThat(csv.lines().filter(l -> l.contains("Takstvik") && l.contains("Måned"))).hasSize(12);
    }

    @Test
    void the_estimate_and_the_comparison_open_as_workbooks() throws IOException {
        byte[] estimate = given().auth().oauth2(Tokens.teamLeader()).accept(ReportFormat.XLSX_TYPE)
                .get("/api/economics/estimates/" + YEAR).then().statusCode(200)
                .contentType(ReportFormat.XLSX_TYPE).extract().asByteArray();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(estimate))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet)).contains("Estimert betaling", "Prisby", "Nystart");
        }
        byte[] comparison = given().auth().oauth2(Tokens.council()).queryParam("format", "xlsx")
                .get("/api/economics/settlements/" + YEAR + "/comparison").then().statusCode(200)
                .extract().asByteArray();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(comparison))) {
            assertThat(text(book.getSheetAt(0))).contains("Betaling, 2025", "Betaling, befolkningsvektet-grunnandel");
        }
    }

    @Test
    void an_unknown_format_is_named() {
        given().auth().oauth2(Tokens.council()).queryParam("format", "pdf").get("/api/economics/estimates/" + YEAR)
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
        return all.toString();
    }
}
