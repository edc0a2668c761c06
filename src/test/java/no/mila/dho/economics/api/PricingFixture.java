package no.mila.dho.economics.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import no.mila.dho.economics.FixedRecipients;
import no.mila.dho.economics.application.RecipientsAndTargets.MunicipalityMonth;
import no.mila.dho.testsupport.Tokens;

/**
 * The year 2032 of the price tests, entered once through the API: three municipalities of their own, created by the
 * admin. 9032 (20,000 inhabitants) has target 10 and 12 recipients every month; 9033 (10,000) has target 5 with 3
 * recipients January-June and 5 July-December; 9034 (6,000) joins on 15 April 2032 with 2 recipients a month from
 * April and target 2. Budget 198 x 1,020 = 201,960; booked 210,000 (a correction of -5,000 included); a nurse's day
 * 4,100; base share 30 %.
 */
final class PricingFixture {

    static final int YEAR = 2032;
    static final String A = "9032";
    static final String B = "9033";
    static final String C = "9034";
    private static boolean entered;

    private PricingFixture() {
    }

    static synchronized void enter() {
        List<MunicipalityMonth> months = new ArrayList<>();
        months.addAll(FixedRecipients.months(A, YEAR, m -> 12, m -> 10));
        months.addAll(FixedRecipients.months(B, YEAR, m -> m <= 6 ? 3 : 5, m -> 5));
        months.addAll(FixedRecipients.months(C, YEAR, m -> m < 4 ? 0 : 2, m -> m < 4 ? null : 2));
        FixedRecipients.set(YEAR, months);
        if (entered) {
            return;
        }
        municipality(A, "Prisby", "2030-01-01");
        municipality(B, "Takstvik", "2030-01-01");
        municipality(C, "Nystart", "2032-04-15");
        teamLeader("{\"riskMarkupPercent\": 3.5, \"recipientsPerNurse\": 73, \"startUpDays\": 2, \"nurseDayCost\": 4100,"
                + " \"targetsDue\": \"2031-12-31\", \"secondHalfFromMonth\": 7, \"secondHalfDue\": \"2032-05-01\","
                + " \"baseSharePercent\": 30, \"version\": 0, \"reason\": \"Driftsåret 2032\"}")
                .put("/api/economics/years/" + YEAR).then().statusCode(200);
        teamLeader("{\"lines\": [{\"kind\": \"SALARIES\", \"text\": \"Sykepleiere\", \"amount\": 170000.00},"
                + " {\"kind\": \"ADMINISTRATION\", \"text\": \"Teamleder\", \"amount\": 20000},"
                + " {\"kind\": \"OVERHEAD\", \"text\": \"Lokaler\", \"amount\": 11960.00}],"
                + " \"version\": 0, \"reason\": \"Budsjett 2032\"}")
                .put("/api/economics/budgets/" + YEAR).then().statusCode(200);
        expense("SALARIES", "2032-03-31", "150000", "Lønn K1");
        expense("ADMINISTRATION", "2032-06-30", "40000", "Administrasjon H1");
        expense("OVERHEAD", "2032-09-30", "25000", "Overhead");
        expense("OVERHEAD", "2032-09-30", "-5000", "Korrigering: feilført overhead");
        teamLeader("{\"inhabitants\": {\"" + A + "\": 20000, \"" + B + "\": 10000, \"" + C + "\": 6000}}")
                .put("/api/economics/populations/" + YEAR).then().statusCode(200);
        entered = true;
    }

    static io.restassured.specification.RequestSpecification teamLeader(String body) {
        return given().auth().oauth2(Tokens.teamLeader()).contentType(ContentType.JSON).body(body);
    }

    private static void municipality(String number, String name, String partnerSince) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": \"" + number + "\", \"name\": \"" + name + "\", \"partnerSince\": \""
                        + partnerSince + "\"}")
                .post("/api/municipalities").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(409)));
    }

    private static void expense(String kind, String bookedOn, String amount, String text) {
        teamLeader("{\"kind\": \"" + kind + "\", \"bookedOn\": \"" + bookedOn + "\", \"amount\": " + amount
                + ", \"text\": \"" + text + "\"}").post("/api/economics/expenses/" + YEAR).then().statusCode(201);
    }
}
