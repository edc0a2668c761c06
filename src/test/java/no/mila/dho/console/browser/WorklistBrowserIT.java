package no.mila.dho.console.browser;

import static no.mila.dho.console.browser.ConsoleBrowser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17 item 1 in a browser: a red report sent through the API (as patient ola, the app's way) appears on top of
 * nina's worklist without a reload (the page polls), she claims and closes it, and it is gone. DOM contract of H1.
 */
class WorklistBrowserIT {

    static ConsoleStack stack;

    @BeforeAll
    static void stack() {
        stack = ConsoleStack.get();
    }

    @Test
    void a_red_report_appears_on_top_without_reloading_and_the_nurse_claims_and_closes_it() {
        ConsoleApi api = new ConsoleApi(stack);
        String ola = api.patientId("Nordmann", null);
        try (ConsoleBrowser browser = ConsoleBrowser.open(stack)) {
            browser.signInAt("/console/worklist", "nina.nurse");
            browser.byTestId("worklist");
            Axe.assertAccessible(browser, "the worklist");

            assertThat(api.sendReport("ola.patient", 85, 118).statusCode()).isEqualTo(201);
            String item = browser.until("ola's red item on top of the list (polling, no reload)", d -> {
                var items = d.findElements(testId("worklist-item"));
                return !items.isEmpty() && "RED".equals(items.get(0).getAttribute("data-level"))
                        && ola.equals(items.get(0).getAttribute("data-patient"))
                        ? items.get(0).getAttribute("data-item") : null;
            });
            assertThat(browser.byTestId("worklist-status").getText()).contains("Oppdatert");

            browser.act("claim ola's item", d -> d.findElement(itemWith(item)).findElement(testId("claim")).click());
            browser.until("the item claimed by nina", d -> d.findElement(itemWith(item))
                    .findElement(testId("claimed-by")).getText().contains("Nina Sykepleier"));
            // once an outcome is chosen the page keeps the form while it polls (worklist.js: busy)
            browser.act("choose an outcome", d -> new Select(d.findElement(itemWith(item))
                    .findElement(testId("outcome"))).selectByIndex(1));
            WebElement claimed = browser.find(itemWith(item));
            claimed.findElement(testId("note")).sendKeys("Ringt pasienten, fulgt opp etter planen.");
            browser.screenshot("worklist");
            Axe.assertAccessible(browser, "the worklist with a claimed item");
            claimed.findElement(testId("close")).click();

            browser.until("the closed item gone from the list",
                    d -> d.findElements(itemWith(item)).isEmpty() && !d.findElements(testId("worklist")).isEmpty());
        }
    }

    static By itemWith(String itemId) {
        return By.cssSelector("[data-testid='worklist-item'][data-item='" + itemId + "']");
    }
}
