package no.mila.dho.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/** Threshold change requests made through the API. */
public final class ThresholdFixtures {

    private ThresholdFixtures() {
    }

    public static Map<String, Object> limits(Number redLow, Number yellowLow, Number yellowHigh, Number redHigh) {
        Map<String, Object> l = new HashMap<>();
        l.put("redLow", redLow);
        l.put("yellowLow", yellowLow);
        l.put("yellowHigh", yellowHigh);
        l.put("redHigh", redHigh);
        return l;
    }

    /** A full COPD version: the defaults with SpO2 moved to red below {@code spo2Red}, yellow below {@code spo2Yellow}. */
    public static Map<String, Object> copdProposal(String reason, Number spo2Red, Number spo2Yellow) {
        Map<String, Object> limits = new HashMap<>();
        limits.put("SPO2", limits(spo2Red, spo2Yellow, null, null));
        limits.put("PULSE", limits(40, 50, 100, 120));
        limits.put("BODY_TEMPERATURE", limits(35.0, 35.5, 38.0, 39.0));
        limits.put("SYSTOLIC", limits(90, 100, 160, 180));
        limits.put("DIASTOLIC", limits(40, 50, 100, 110));
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("limits", limits);
        return body;
    }

    public static ExtractableResponse<Response> propose(String token, String patientId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/patients/" + patientId + "/threshold-changes").then().extract();
    }

    /** A step: order, verification, rejection or withdrawal, with the request's version. */
    public static ExtractableResponse<Response> step(String token, String patientId, String requestId, String step,
                                                     long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        switch (step) {
            case "verification" -> body.put("valuesMatchOrder", true);
            case "rejection", "withdrawal" -> body.put("reason", "Test: " + step);
            default -> body.put("note", "Test: " + step);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/patients/" + patientId + "/threshold-changes/" + requestId + "/" + step)
                .then().extract();
    }
}
