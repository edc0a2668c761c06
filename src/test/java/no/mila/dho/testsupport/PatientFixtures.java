package no.mila.dho.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Patients and episodes made through the API, as a nurse would. */
public final class PatientFixtures {

    public static final String GP_HPR = "9200001";

    private PatientFixtures() {
    }

    public static String registerPatient(String municipality) {
        return registerPatient(municipality, "Test", "Pasient", GP_HPR);
    }

    public static String registerPatient(String municipality, String givenName, String familyName, String gpHpr) {
        return given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("nationalId", SyntheticIds.next(), "givenName", givenName, "familyName", familyName,
                        "municipality", municipality, "gp", Map.of("name", "Lege", "hpr", gpHpr)))
                .when().post("/api/patients")
                .then().statusCode(201).extract().path("id");
    }

    /** Links a fresh login subject to the patient; returns the subject (use it with {@link Tokens#patient}). */
    public static String linkLogin(String patientId) {
        String subject = "login-" + java.util.UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("subject", subject))
                .when().put("/api/patients/" + patientId + "/login").then().statusCode(204);
        return subject;
    }

    public static String refer(String patientId, String pathway) {
        return given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("pathway", pathway, "source", "GP", "oralConsent", true,
                        "referredOn", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).minusDays(3).toString()))
                .when().post("/api/patients/" + patientId + "/episodes")
                .then().statusCode(201).extract().path("id");
    }

    /** Every criterion of the pathway answered met, except those named in {@code failing}. */
    public static Map<String, Boolean> answers(String pathway, String... failing) {
        Stream<String> general = Stream.of("BANKID", "OWN_DEVICE_4G", "MOTIVATED", "PARTNER_RESIDENT", "LIVES_AT_HOME",
                "ADULT_CAN_CONSENT");
        Stream<String> specific = "COPD".equals(pathway)
                ? Stream.of("COPD_GROUP_E", "COPD_GROUP_B_ANXIETY") : Stream.of("HF_NYHA_2_4", "HF_OUTPATIENT_FOLLOW_UP");
        java.util.Set<String> fail = java.util.Set.of(failing);
        return Stream.concat(general, specific).collect(Collectors.toMap(c -> c, c -> !fail.contains(c)));
    }

    public static void assess(String patientId, String episodeId, Map<String, Boolean> answers) {
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/patients/" + patientId + "/episodes/" + episodeId + "/assessment")
                .then().statusCode(200);
    }

    public static Map<String, Object> allocation() {
        LocalDate today = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC());
        return Map.of("consentDate", today.minusDays(1).toString(), "baselineNursingVisitsPerMonth", 8,
                "baselineNursingMinutesPerMonth", 240, "startDate", today.toString());
    }

    /** A patient in ACTIVE_BASELINE on the pathway; returns {patientId, episodeId}. */
    public static String[] allocatedPatient(String municipality, String pathway) {
        String patientId = registerPatient(municipality);
        String episodeId = refer(patientId, pathway);
        assess(patientId, episodeId, answers(pathway));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(allocation())
                .when().post("/api/patients/" + patientId + "/episodes/" + episodeId + "/allocation")
                .then().statusCode(200);
        return new String[] {patientId, episodeId};
    }
}
