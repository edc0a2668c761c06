package no.mila.dho.economics;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import no.mila.dho.economics.persistence.EconomicsYearEntity;
import no.mila.dho.testsupport.Tokens;

/**
 * Test data of the economics: a year's parameters (V21 holds only 2025 and 2026) inserted through the entity in a
 * transaction of its own, and a municipality of a test's own added through the admin API; both idempotent (the test
 * database is shared by all Quarkus tests). Call from within a {@code @QuarkusTest}.
 */
public final class EconomicsFixtures {

    private EconomicsFixtures() {
    }

    /** Adds the year's parameters (the 2025 model's figures) unless present; the targets' window as given. */
    public static void ensureYear(int year, LocalDate targetsDue, LocalDate secondHalfDue) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (EconomicsYearEntity.findById(year) != null) {
                return;
            }
            EconomicsYearEntity row = new EconomicsYearEntity();
            row.year = year;
            row.riskMarkupPercent = new BigDecimal("3.50");
            row.recipientsPerNurse = 73;
            row.startUpDays = new BigDecimal("2.00");
            row.baseSharePercent = new BigDecimal("30.00");
            row.targetsDue = targetsDue;
            row.secondHalfFromMonth = 7;
            row.secondHalfDue = secondHalfDue;
            row.updatedAt = Instant.now();
            row.updatedBy = "test";
            row.persist();
        });
    }

    /** Adds the municipality as a partner from {@code partnerSince} unless it is registered already. */
    public static void ensureMunicipality(String number, String name, LocalDate partnerSince) {
        int status = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("number", number, "name", name, "partnerSince", partnerSince.toString()))
                .when().post("/api/municipalities").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Municipality " + number + " could not be added: " + status);
        }
    }
}
