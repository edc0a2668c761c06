package no.mila.dho.console.browser;

import static no.mila.dho.console.browser.ConsoleBrowser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import no.mila.dho.testsupport.SyntheticIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17 item 5 in a browser: a coordinator sees her municipality's overview but not another municipality's
 * patient, even by URL (the console's error page, no patient data), and refers and assesses a new patient through
 * the forms. DOM contract of the coordinator's pages (console/municipality) and the error pages.
 */
class CoordinatorBrowserIT {

    static ConsoleStack stack;

    @BeforeAll
    static void stack() {
        stack = ConsoleStack.get();
    }

    @Test
    void a_coordinator_cannot_reach_another_municipalitys_patient_by_url() {
        String nesPatient = new ConsoleApi(stack).patientId("Lie", "3228");
        try (ConsoleBrowser kari = ConsoleBrowser.open(stack)) {
            kari.signInAt("/console/municipality", "kari.coordinator");
            WebElement overview = kari.byTestId("municipality-overview");
            assertThat(overview.getAttribute("data-municipality")).isEqualTo("3209");
            assertThat(overview.getText()).contains("Nordmann").doesNotContain("Terje");
            Axe.assertAccessible(kari, "the municipality overview");

            for (String path : new String[] {"/console/municipality/patients/" + nesPatient + "/assessment",
                    "/console/municipality/patients/" + nesPatient + "/equipment",
                    "/console/patients/" + nesPatient}) {
                kari.go(path);
                kari.byTestId("error");
                assertThat(kari.driver().findElements(testId("patient-name"))).as(path).isEmpty();
                assertThat(kari.driver().findElements(testId("coordinator-patient"))).as(path).isEmpty();
                assertThat(kari.driver().getPageSource()).as(path).doesNotContain("Terje", "Lie");
            }
            Axe.assertAccessible(kari, "the error page");
        }
    }

    @Test
    void a_coordinator_refers_and_assesses_a_new_patient_through_the_forms() {
        String nationalId = SyntheticIds.next();
        try (ConsoleBrowser kari = ConsoleBrowser.open(stack)) {
            kari.signInAt("/console/municipality", "kari.coordinator");
            kari.byTestId("new-referral").click();
            kari.byTestId("referral-form");
            Axe.assertAccessible(kari, "the referral form");
            kari.find(By.id("nationalId")).sendKeys(nationalId);
            kari.find(By.id("givenName")).sendKeys("Eva");
            kari.find(By.id("familyName")).sendKeys("Henvisningsen");
            new Select(kari.find(By.id("pathway"))).selectByValue("COPD");
            kari.find(By.id("oralConsent")).click();
            kari.byTestId("refer").click();

            assertThat(kari.byTestId("notice").getText()).contains("registrert og henvist");
            assertThat(kari.url()).doesNotContain(nationalId).contains("/assessment");
            assertThat(kari.byTestId("coordinator-patient").getText()).contains("Eva Henvisningsen", "Henvist");
            Axe.assertAccessible(kari, "the assessment form");
            for (WebElement answer : kari.driver().findElements(By.cssSelector("select[name='answer']"))) {
                new Select(answer).selectByVisibleText("Ja, oppfylt");
            }
            kari.byTestId("assess").click();
            assertThat(kari.byTestId("notice").getText()).contains("Kartleggingen er lagret");
            assertThat(kari.byTestId("episode-state").getText()).isEqualTo("Kartlagt");
            assertThat(kari.driver().getPageSource()).doesNotContain(nationalId);
        }
    }
}
