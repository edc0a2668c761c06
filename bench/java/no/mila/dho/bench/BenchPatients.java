package no.mila.dho.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import no.mila.dho.testsupport.SyntheticIds;

/** Registers, refers, assesses and allocates a patient through the service's own API, as a nurse would. */
final class BenchPatients {

    private final HttpClient http = HttpClient.newHttpClient();
    private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    private final String api;
    private final String nurse;
    private final String admin;

    BenchPatients(String api, String nurse, String admin) {
        this.api = api;
        this.nurse = nurse;
        this.admin = admin;
    }

    /** A patient in follow-up on {@code pathway}, linked to the login {@code subject}; returns the patient's id. */
    String create(String subject, String pathway, String municipality) throws IOException, InterruptedException {
        String patient = post(nurse, "/api/patients", Map.of("nationalId", SyntheticIds.next(), "givenName", "Bench",
                "familyName", subject.substring(0, 8), "municipality", municipality), "POST").get("id").asText();
        String episode = post(nurse, "/api/patients/" + patient + "/episodes", Map.of("pathway", pathway, "source", "GP",
                "oralConsent", true, "referredOn", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString()), "POST").get("id").asText();
        Map<String, Boolean> answers = new java.util.HashMap<>();
        for (String c : new String[] {"BANKID", "OWN_DEVICE_4G", "MOTIVATED", "PARTNER_RESIDENT", "LIVES_AT_HOME",
                "ADULT_CAN_CONSENT"}) {
            answers.put(c, true);
        }
        if (pathway.equals("COPD")) {
            answers.put("COPD_GROUP_E", true);
            answers.put("COPD_GROUP_B_ANXIETY", false);
        } else {
            answers.put("HF_NYHA_2_4", true);
            answers.put("HF_OUTPATIENT_FOLLOW_UP", false);
        }
        String e = "/api/patients/" + patient + "/episodes/" + episode;
        post(nurse, e + "/assessment", Map.of("answers", answers), "POST");
        post(nurse, e + "/allocation", Map.of("consentDate", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString(), "baselineNursingVisitsPerMonth", 4,
                "baselineNursingMinutesPerMonth", 120, "startDate", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString()), "POST");
        post(admin, "/api/patients/" + patient + "/login", Map.of("subject", subject), "PUT");
        return patient;
    }

    private com.fasterxml.jackson.databind.JsonNode post(String token, String path, Object body, String method)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body().isEmpty() ? json.createObjectNode() : json.readTree(r.body());
    }
}
