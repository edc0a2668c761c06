package no.mila.dho.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Red alerts (to claim, hand over, close), and SQL on the test database. */
public record AlertFixtures(DataSource dataSource) {

    /** A red alert of a new COPD patient of Ullensaker. */
    public String redAlert() throws Exception {
        return redAlert("3209");
    }

    /** A red alert of a new COPD patient of {@code municipality}. */
    public String redAlert(String municipality) throws Exception {
        String patient = PatientFixtures.allocatedPatient(municipality, "COPD")[0];
        String reportId = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.patient(PatientFixtures.linkLogin(patient))).contentType(ContentType.JSON)
                .body(Map.of("reportId", reportId, "measuredAt", Instant.now().minusSeconds(5).toString(),
                        "spo2", Map.of("value", 80, "unit", "%")))
                .post("/api/me/reports").then().statusCode(201);
        return sql("SELECT a.id FROM alert a JOIN report r ON r.id = a.report_id WHERE r.client_report_id = ?::uuid",
                reportId);
    }

    /** Moves the claim of alert {@code id} this many minutes into the past (a claim made hours ago). */
    public void claimedMinutesAgo(String id, long minutes) throws Exception {
        sql("UPDATE alert SET claimed_at = claimed_at - interval '" + minutes + " minutes' WHERE id = ?::uuid", id);
    }

    /** Runs {@code query} with one parameter; a SELECT answers its first column of the first row. */
    public String sql(String query, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, parameter);
            if (!query.startsWith("SELECT")) {
                s.executeUpdate();
                return null;
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
