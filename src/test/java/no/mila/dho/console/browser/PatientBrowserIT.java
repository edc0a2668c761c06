package no.mila.dho.console.browser;

import static no.mila.dho.console.browser.ConsoleBrowser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 17 item 2 in a browser: a nurse opens demo patient Ola Nordmann's page and sees the SpO2 chart with the bands
 * of his threshold version and his values as points; axe finds nothing serious; the screenshot {@code patient}
 * (docs/screenshots/patient.png). The test is CoordinatorBrowserIT's of the same name, on its own until that class
 * (another helper's) is enabled.
 */
class PatientBrowserIT {

    static ConsoleStack stack;

    @BeforeAll
    static void stack() {
        stack = ConsoleStack.get();
    }

    @Test
    void the_patient_page_shows_charts_with_bands_and_points() {
        String ola = new ConsoleApi(stack).patientId("Nordmann", null);
        try (ConsoleBrowser nina = ConsoleBrowser.open(stack)) {
            nina.signInAt("/console/patients/" + ola, "nina.nurse");
            assertThat(nina.byTestId("patient-name").getText()).contains("Ola", "Nordmann");
            var chart = nina.find(By.cssSelector("svg[data-testid='chart-SPO2']"));
            assertThat(chart.findElements(testId("band-RED"))).isNotEmpty();
            assertThat(chart.findElements(testId("band-GREEN"))).isNotEmpty();
            assertThat(chart.findElements(testId("point"))).isNotEmpty();
            // the name, the state and the first chart in the 1280x800 window
            ((JavascriptExecutor) nina.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    nina.byTestId("patient-name"));
            nina.screenshot("patient");
            Axe.assertAccessible(nina, "the patient page");
        }
    }
}
