package no.mila.dho.console.browser;

import static no.mila.dho.console.browser.ConsoleBrowser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 17 item 4 in a browser, on ola's plan (the demo approved one): nora.nurse starts a new draft from the active
 * plan and sees its medication item read-only; lars.physician (ola's GP) approves it; the print view for the patient
 * opens without the menu. axe-core on the plan page (nurse's draft, physician's) and on the print view.
 */
class PlanBrowserIT {

    static ConsoleStack stack;

    @BeforeAll
    static void stack() {
        stack = ConsoleStack.get();
    }

    @Test
    void nora_drafts_from_the_active_plan_lars_approves_it_and_the_print_view_is_accessible() {
        String ola = new ConsoleApi(stack).patientId("Nordmann", null);
        String page = "/console/plans/patients/" + ola;
        try (ConsoleBrowser nora = ConsoleBrowser.open(stack)) {
            nora.signInAt(page, "nora.nurse");
            nora.byTestId("active-plan");
            if (!nora.driver().findElements(testId("start-draft")).isEmpty()) {
                nora.byTestId("start-draft").click();
            }
            nora.byTestId("plan-zone-RED");
            assertThat(nora.driver().findElements(testId("approve-plan"))).as("no approval for a nurse").isEmpty();
            assertThat(nora.driver().findElements(By.name("newDrug"))).as("no medication for a nurse").isEmpty();
            Axe.assertAccessible(nora, "the plan page with a draft (nurse)");
        }
        try (ConsoleBrowser lars = ConsoleBrowser.open(stack)) {
            lars.signInAt(page, "lars.physician");
            Axe.assertAccessible(lars, "the plan page with a draft (the patient's physician)");
            lars.byTestId("approve-plan").click();
            assertThat(lars.byTestId("done-message").getText()).startsWith("Planen er godkjent");
            assertThat(lars.driver().findElements(testId("plan-zone-GREEN"))).as("no draft after approval").isEmpty();
            lars.byTestId("print-active").click();
            lars.byTestId("plan-print");
            assertThat(lars.driver().findElements(By.cssSelector("nav"))).as("no menu in the print view").isEmpty();
            assertThat(lars.byTestId("plan-approval").getText()).contains("Godkjent", "Lars");
            Axe.assertAccessible(lars, "the plan's print view");
        }
    }
}
