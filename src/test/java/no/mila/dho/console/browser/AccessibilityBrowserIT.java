package no.mila.dho.console.browser;

import static no.mila.dho.console.browser.ConsoleBrowser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 17 item 6 in a browser: axe-core on the pages the scenario tests do not open (the patient list, the threshold
 * queues and history, the plan page, the coordinator's allocation and equipment forms), every page without a
 * horizontal scroll bar at 1280×800 and on a tablet (768×1024), and the worklist used with the keyboard alone (Tab to
 * an item's "Ta saken", Enter, then "Legg tilbake" the same way).
 */
class AccessibilityBrowserIT {

    static final Dimension TABLET = new Dimension(768, 1024);

    static ConsoleStack stack;

    @BeforeAll
    static void stack() {
        stack = ConsoleStack.get();
    }

    @Test
    void the_nurses_pages_pass_axe_and_fit_a_tablet() {
        String ola = new ConsoleApi(stack).patientId("Nordmann", null);
        List<String> pages = List.of("/console/patients", "/console/patients?navn=Nordmann", "/console/thresholds",
                "/console/thresholds/patients/" + ola, "/console/plans/patients/" + ola, "/console/worklist");
        try (ConsoleBrowser nora = ConsoleBrowser.open(stack)) {
            nora.signInAt(pages.get(0), "nora.nurse");
            for (String page : pages) {
                checkAtBothSizes(nora, page);
            }
        }
    }

    @Test
    void the_coordinators_forms_pass_axe_and_fit_a_tablet() {
        String ola = new ConsoleApi(stack).patientId("Nordmann", null);
        List<String> pages = List.of("/console/municipality/patients/" + ola + "/allocation",
                "/console/municipality/patients/" + ola + "/equipment", "/console/municipality/referrals/new",
                "/console/patients");
        try (ConsoleBrowser kari = ConsoleBrowser.open(stack)) {
            kari.signInAt("/console/municipality", "kari.coordinator");
            checkAtBothSizes(kari, "/console/municipality");
            for (String page : pages) {
                checkAtBothSizes(kari, page);
            }
        }
    }

    @Test
    void a_nurse_claims_and_releases_a_worklist_item_with_the_keyboard_alone() {
        try (ConsoleBrowser nina = ConsoleBrowser.open(stack)) {
            nina.signInAt("/console/worklist", "nina.nurse");
            nina.byTestId("worklist");
            WebElement claim = tabTo(nina, "claim");
            String item = claim.findElement(org.openqa.selenium.By.xpath(
                    "ancestor::*[@data-testid='worklist-item']")).getAttribute("data-item");
            claim.sendKeys(Keys.ENTER);
            nina.until("the item claimed with the keyboard", d -> !d.findElements(WorklistBrowserIT.itemWith(item))
                    .isEmpty() && !d.findElement(WorklistBrowserIT.itemWith(item))
                    .findElements(testId("claimed-by")).isEmpty());
            WebElement release = tabTo(nina, "release");
            release.sendKeys(Keys.ENTER);
            nina.until("the item released with the keyboard", d -> !d.findElements(WorklistBrowserIT.itemWith(item))
                    .isEmpty() && d.findElement(WorklistBrowserIT.itemWith(item))
                    .findElements(testId("claimed-by")).isEmpty());
        }
    }

    /** Opens {@code page} at 1280×800 and at tablet size: axe at both, and no horizontal scrolling. */
    static void checkAtBothSizes(ConsoleBrowser browser, String page) {
        WebDriver.Window window = browser.driver().manage().window();
        Dimension desktop = window.getSize();
        try {
            browser.go(page);
            browser.find(org.openqa.selenium.By.tagName("main"));
            assertThat(browser.path()).as(page + ": still signed in").startsWith("/console");
            Axe.assertAccessible(browser, page + " at " + desktop.getWidth() + "×" + desktop.getHeight());
            assertFits(browser, page);
            window.setSize(TABLET);
            browser.until(page + " laid out for a tablet", d -> ((Number) browser.js()
                    .executeScript("return window.innerWidth")).intValue() <= TABLET.getWidth());
            Axe.assertAccessible(browser, page + " on a tablet");
            assertFits(browser, page + " on a tablet");
        } finally {
            window.setSize(desktop);
        }
    }

    static void assertFits(ConsoleBrowser browser, String page) {
        Number overflow = (Number) browser.js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow.intValue() > 0) {
            Object wide = browser.js().executeScript("""
                    const w = document.documentElement.clientWidth;
                    return Array.from(document.querySelectorAll('body *'))
                      .filter(e => e.getBoundingClientRect().right > w + 0.5)
                      .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > w + 0.5))
                      .slice(0, 10).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
                        + ' right=' + Math.round(e.getBoundingClientRect().right)).join('; ');""");
            throw new AssertionError(page + ": " + overflow + " px of horizontal scrolling; beyond the window: " + wide);
        }
    }

    /** Presses Tab until the element with focus has {@code data-testid=testId}; at most 400 times. */
    static WebElement tabTo(ConsoleBrowser browser, String testId) {
        for (int i = 0; i < 400; i++) {
            WebElement active = browser.driver().switchTo().activeElement();
            if (testId.equals(active.getAttribute("data-testid"))) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("no element with data-testid=" + testId + " reached with Tab on " + browser.url());
    }
}
