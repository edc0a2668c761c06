package no.mila.dho.robustness;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.ThresholdFixtures;
import no.mila.dho.testsupport.Tokens;

/**
 * Something real behind every path parameter of the document: a COPD patient in follow-up (Ullensaker, GP
 * {@link PatientFixtures#GP_HPR}) with a login, equipment, a message from the GP, a red report (so a
 * measurement and an alert), a draft plan, an open threshold proposal, a specialist meeting item and a task;
 * and a municipality of its own (9901) for the admin's calls. Made once per (isolated) database. Garbage ids stand in for the rest.
 */
final class RobustnessFixtures {

    static final List<String> GARBAGE_IDS = List.of(UUID.randomUUID().toString(), "not-a-uuid", "0", "-1", "%00",
            "%27%20OR%201%3D1", "x".repeat(300), "..%2F..%2Fetc", "99999999999999999999", "%E2%80%AE");

    final String patientId;
    final String login;
    private final Map<String, String> ids = new HashMap<>();

    RobustnessFixtures(DataSource dataSource) {
        String[] allocated = PatientFixtures.allocatedPatient("3209", "COPD");
        patientId = allocated[0];
        login = PatientFixtures.linkLogin(patientId);
        String p = "/api/patients/" + patientId;
        ids.put("patientId", patientId);
        ids.put("episodeId", allocated[1]);
        ids.put("pathway", "COPD");
        String number = "9901";
        post(Tokens.admin(), "/api/municipalities", Map.of("number", number, "name", "Fuzzheim",
                "partnerSince", LocalDate.now(ZoneOffset.UTC).toString()));
        ids.put("number", number);
        // the economics' paths: a year whose targets are closed (2026 after 1 May), a demo municipality
        ids.put("year", "2026");
        ids.put("municipality", "3209");
        ids.put("equipmentId", post(Tokens.nurse(), p + "/equipment", Map.of("type", "SCALES",
                "serialNumber", "FUZZ-" + UUID.randomUUID(), "handedOutOn", LocalDate.now(ZoneOffset.UTC).toString())));
        ids.put("flagId", post(Tokens.nurse(), p + "/gp-messages", Map.of("text", "Ring meg")));
        post(Tokens.nurse(), p + "/reports", Map.of("reportId", UUID.randomUUID().toString(),
                "measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(),
                "spo2", Map.of("value", 80, "unit", "%")));
        ids.put("measurementId", single(dataSource, "SELECT id FROM measurement WHERE patient_id = ?::uuid"));
        ids.put("alertId", single(dataSource, "SELECT id FROM alert WHERE patient_id = ?::uuid"));
        ids.put("planId", post(Tokens.nurse(), p + "/plans", Map.of()));
        ids.put("requestId", ThresholdFixtures.propose(Tokens.nurse(), patientId,
                ThresholdFixtures.copdProposal("Fuzz", 85, 89)).path("id"));
        ids.put("itemId", post(Tokens.nurse(), p + "/specialist-meeting", Map.of("department", "AHUS_LUNG",
                "reason", "Fuzz")));
        ids.put("threadId", given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("subject", "Fuzz", "text", "Hvordan går det?")).post(p + "/messages")
                .then().statusCode(201).extract().path("threadId").toString());
        ids.put("taskId", single(dataSource, """
                INSERT INTO follow_up_task (id, patient_id, episode_id, type, period_key, due_date, detail, status, created_at)
                SELECT gen_random_uuid(), p.id, e.id, 'WEEKLY_CONTACT', 'fuzz', current_date, 'fuzz', 'OPEN', now()
                  FROM patient p JOIN episode e ON e.patient_id = p.id WHERE p.id = ?::uuid RETURNING id"""));
    }

    /** The real id for a path parameter (alerts and tasks both call theirs {@code id}). */
    String real(String path, String parameter) {
        if (parameter.equals("id")) {
            return ids.get(path.startsWith("/api/tasks") ? "taskId" : "alertId");
        }
        String id = ids.get(parameter);
        if (id == null) {
            throw new IllegalStateException("no fixture for path parameter " + parameter + " of " + path);
        }
        return id;
    }

    /** The path with every parameter filled: a real id mostly, a garbage one now and then. */
    String fill(String path, List<String> parameters, Random random) {
        String filled = path;
        for (String parameter : parameters) {
            String value = random.nextInt(5) == 0 ? GARBAGE_IDS.get(random.nextInt(GARBAGE_IDS.size()))
                    : real(path, parameter);
            filled = filled.replace("{" + parameter + "}", value);
        }
        return filled;
    }

    private static String post(String token, String path, Map<String, Object> body) {
        Object id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
        return id == null ? null : id.toString();
    }

    private String single(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, patientId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
