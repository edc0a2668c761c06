package no.mila.dho.console.browser;

import static no.mila.dho.console.browser.ConsoleBrowser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 17 item 3 in a browser, the four-eyes flow on ola's thresholds: nora (nurse) proposes a change with a dry run,
 * lars.physician (ola's physician) orders it, nina.nurse verifies it; the next report sent through the API is
 * evaluated with the new limits. DOM contract of H4.
 */
class ThresholdBrowserIT {

    /** SpO2's lower yellow limit after the change: a value of 96, green before, is yellow after. */
    static final String NEW_SPO2_YELLOW_LOW = "97";
    static final By SPO2_YELLOW_LOW = By.cssSelector("input[data-testid^='limit-SPO2'][data-testid$='ellowLow']");

    static ConsoleStack stack;

    @BeforeAll
    static void stack() {
        stack = ConsoleStack.get();
    }

    @Test
    void nora_proposes_lars_orders_nina_verifies_and_the_next_report_meets_the_new_limits() {
        ConsoleApi api = new ConsoleApi(stack);
        String ola = api.patientId("Nordmann", null);
        String change;
        try (ConsoleBrowser nora = ConsoleBrowser.open(stack)) {
            nora.signInAt("/console/thresholds/patients/" + ola + "/new", "nora.nurse");
            // the demo left her earlier proposal for ola open: the form says so, she withdraws it first
            nora.byTestId("open-change").findElement(testId("change-link")).click();
            nora.find(By.cssSelector("details.threshold-step > summary")).click();
            nora.find(By.id("withdraw-reason")).sendKeys("Erstattes av et nytt forslag etter baseline.");
            nora.byTestId("withdraw").click();
            nora.until("the earlier proposal withdrawn", d -> "WITHDRAWN".equals(
                    d.findElement(testId("change-status")).getAttribute("data-status")));
            nora.go("/console/thresholds/patients/" + ola + "/new");
            WebElement limit = nora.find(SPO2_YELLOW_LOW);
            limit.clear();
            limit.sendKeys(NEW_SPO2_YELLOW_LOW);
            nora.find(By.name("reason")).sendKeys("Stabil i to uker, tettere oppfølging av metning.");
            nora.byTestId("dry-run").click();
            assertThat(nora.byTestId("dry-run-result").getText()).contains("Av meldingene de siste 14 dagene");
            Axe.assertAccessible(nora, "the proposal form with a dry run");
            nora.byTestId("propose").click();
            WebElement status = nora.until("the proposed change's page",
                    d -> d.findElements(testId("change-status")).isEmpty() ? null : d.findElement(testId("change-status")));
            assertThat(status.getAttribute("data-status")).isEqualTo("PROPOSED");
            change = nora.path().substring(nora.path().lastIndexOf('/') + 1);
        }
        try (ConsoleBrowser lars = ConsoleBrowser.open(stack)) {
            lars.signInAt("/console/thresholds", "lars.physician");
            lars.find(By.cssSelector("[data-testid='awaiting-order'] a[data-testid='change-link'][data-change='"
                    + change + "']")).click();
            lars.byTestId("order").click();
            lars.until("the change ordered", d -> "ORDERED".equals(
                    d.findElement(testId("change-status")).getAttribute("data-status")));
        }
        try (ConsoleBrowser nina = ConsoleBrowser.open(stack)) {
            nina.signInAt("/console/thresholds", "nina.nurse");
            nina.find(By.cssSelector("[data-testid='awaiting-verification'] a[data-testid='change-link'][data-change='"
                    + change + "']")).click();
            nina.byTestId("verify");
            nina.screenshot("threshold-verification");
            Axe.assertAccessible(nina, "the change to verify");
            nina.byTestId("verify").click();
            nina.until("the change verified", d -> "VERIFIED".equals(
                    d.findElement(testId("change-status")).getAttribute("data-status")));
        }
        var answer = api.sendReport("ola.patient", 96, 80);
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.asString()).as("the report's evaluation under the new limits").contains("YELLOW");
    }
}
