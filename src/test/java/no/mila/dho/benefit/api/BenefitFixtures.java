package no.mila.dho.benefit.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;

/**
 * The benefit tests' own data: a municipality made through the admin API (so no other test's patients are in it)
 * and patients allocated through the API from the first day of a quarter (the one before today's).
 */
final class BenefitFixtures {

    private BenefitFixtures() {
    }

    static LocalDate today() {
        return ClockProducer.today(Clock.systemUTC());
    }

    /** The quarter before today's: ended, so every month of it is due. */
    static Quarter previousQuarter() {
        return Quarter.of(today()).previous();
    }

    /** A new partner municipality, numbered 5000-5999 (unused by the other tests' fixed ones). */
    static String newMunicipality() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String number = String.valueOf(5000 + ThreadLocalRandom.current().nextInt(1000));
            int status = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("number", number, "name", "Nytte " + number, "partnerSince", "2020-01-01"))
                    .when().post("/api/municipalities").then().extract().statusCode();
            if (status == 201) {
                return number;
            }
        }
        throw new IllegalStateException("No free municipality number in 5000-5999");
    }

    /** A patient of {@code municipality} allocated from {@code start} with the baseline given; returns the id. */
    static String followedFrom(String municipality, LocalDate start, Integer kadDays, Integer shortTermDays) {
        String patientId = PatientFixtures.registerPatient(municipality, "Nytte", "Nyttesen", PatientFixtures.GP_HPR);
        String episodeId = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("pathway", "COPD", "source", "GP", "oralConsent", true,
                        "referredOn", start.minusDays(1).toString()))
                .when().post("/api/patients/" + patientId + "/episodes")
                .then().statusCode(201).extract().path("id");
        PatientFixtures.assess(patientId, episodeId, PatientFixtures.answers("COPD"));
        Map<String, Object> allocation = new HashMap<>(Map.of("consentDate", start.toString(),
                "baselineNursingVisitsPerMonth", 8, "baselineNursingMinutesPerMonth", 240,
                "startDate", start.toString()));
        if (kadDays != null) {
            allocation.put("baselineKadDays", kadDays);
        }
        if (shortTermDays != null) {
            allocation.put("baselineShortTermDays", shortTermDays);
        }
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(allocation)
                .when().post("/api/patients/" + patientId + "/episodes/" + episodeId + "/allocation")
                .then().statusCode(200);
        return patientId;
    }

    /** The same figures for every month of the quarter. */
    static Map<String, Object> report(Quarter quarter, long version, int minutes, int visits, int kad, int shortTerm) {
        List<Map<String, Object>> months = quarter.months().stream().map(m -> Map.<String, Object>of(
                "month", m.toString(), "homeNursingMinutes", minutes, "homeNursingVisits", visits, "kadDays", kad,
                "shortTermDays", shortTerm)).toList();
        return Map.of("months", months, "version", version);
    }

    static String path(Quarter quarter) {
        return "/api/benefit-reports/" + quarter.year() + "/" + quarter.number();
    }
}
