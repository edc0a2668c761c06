package no.mila.dho.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;

/** Cadence tasks written straight into the test database (as the cadence job would write them). */
public record TaskFixtures(DataSource dataSource) {

    /** An open task of {@code type} due on {@code due} in the patient's episode; returns its id. */
    public String task(String patientId, String type, LocalDate due) throws Exception {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO follow_up_task (id, patient_id, episode_id, type, period_key, due_date, detail, status, created_at)
                SELECT ?::uuid, p.id, e.id, ?, ?, ?, 'test', 'OPEN', now() FROM patient p JOIN episode e ON e.patient_id = p.id
                 WHERE p.id = ?::uuid""")) {
            s.setString(1, id);
            s.setString(2, type);
            s.setString(3, "test:" + id);
            s.setObject(4, due);
            s.setString(5, patientId);
            s.executeUpdate();
        }
        return id;
    }
}
