package no.mila.dho.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import no.mila.dho.devstack.EmbeddedPostgresServer;

/**
 * The measurement history of the FHIR Observation benchmark, on top of the worklist benchmark's data set (a year of
 * weekly reports with SpO2 and pulse): every patient also reported <b>daily</b> over the last {@code days} days, as in
 * the baseline period and while yellow or red, with the values of the app's report (blood pressure, pulse and SpO2
 * for COPD; blood pressure, pulse and weight for heart failure), the device for COPD, and the pathway's threshold set
 * in force. About one report in five is yellow or red, one value in 200 invalidated (entered-in-error). Written
 * straight into PostgreSQL in time order, as a running service writes it, then vacuumed; no alerts (the Observation
 * search does not read them).
 */
final class ObservationHistory {

    /** One patient of the data set, with the pathway that decides which codes it has. */
    record Patient(String id, String pathway) {
    }

    private ObservationHistory() {
    }

    /** Adds the daily reports; returns the number of reports added. */
    static long seed(String jdbcUrl, int days) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.OWNER,
                EmbeddedPostgresServer.OWNER_PASSWORD); // the owner: VACUUM needs it
             Statement s = c.createStatement()) {
            // the days the weekly reports of the worklist's data set do not already cover (d = 7w)
            s.execute("""
                    CREATE TEMP TABLE bench_daily AS
                    SELECT gen_random_uuid() AS id, p.id AS patient_id, e.pathway, t.id AS set_id,
                           now() - make_interval(days => d, hours => abs(hashtext(p.id::text)) % 12,
                                                 mins => abs(hashtext(p.id::text || d)) % 50) AS at,
                           CASE WHEN abs(hashtext(p.id::text || 'd' || d)) % 100 < 5 THEN 'RED'
                                WHEN abs(hashtext(p.id::text || 'd' || d)) % 100 < 20 THEN 'YELLOW' ELSE 'GREEN' END AS zone,
                           abs(hashtext(p.id::text || 'v' || d)) % 1000 AS r
                      FROM patient p JOIN episode e ON e.patient_id = p.id
                      JOIN threshold_set t ON t.pathway = e.pathway AND t.patient_id IS NULL AND t.status = 'IN_FORCE',
                           generate_series(1, {last}) d
                     WHERE p.created_by = 'bench' AND d % 7 <> 0""".replace("{last}", String.valueOf(days - 1)));
            long reports = s.executeUpdate("""
                    INSERT INTO report (id, patient_id, client_report_id, content_hash, measured_at, received_at,
                                        entered_by_subject, entered_by_role, on_behalf, device_type, device_serial, zone,
                                        threshold_set_id, findings, answer)
                    SELECT id, patient_id, gen_random_uuid(), repeat('0', 64), at, at + interval '3 seconds', 'bench',
                           'patient', FALSE, CASE WHEN pathway = 'COPD' THEN 'PULSE_OXIMETER' END,
                           CASE WHEN pathway = 'COPD' THEN 'PO-1' END, zone, set_id, '[]', '{}'
                      FROM bench_daily ORDER BY at""");
            // the zone sits on SpO2 (COPD) or systolic pressure (heart failure); the default limits decide the values
            s.execute("""
                    INSERT INTO measurement (id, report_id, patient_id, type, value, unit, zone, measured_at, invalid,
                                             invalid_reason, invalidated_by, invalidated_at)
                    SELECT gen_random_uuid(), id, patient_id, m.type, m.value, m.unit, m.zone, at, r < 5,
                           CASE WHEN r < 5 THEN 'Feilmåling: mansjetten satt løst' END, CASE WHEN r < 5 THEN 'bench' END,
                           CASE WHEN r < 5 THEN at + interval '1 day' END
                      FROM bench_daily,
                           LATERAL (VALUES
                               ('SYSTOLIC', CASE WHEN pathway = 'HEART_FAILURE' AND zone = 'RED' THEN 185
                                                 WHEN pathway = 'HEART_FAILURE' AND zone = 'YELLOW' THEN 166
                                                 ELSE 115 + r % 40 END, 'mmHg',
                                CASE WHEN pathway = 'HEART_FAILURE' THEN zone ELSE 'GREEN' END),
                               ('DIASTOLIC', 65 + r % 25, 'mmHg', 'GREEN'),
                               ('PULSE', 60 + r % 30, '/min', 'GREEN'),
                               (CASE WHEN pathway = 'COPD' THEN 'SPO2' ELSE 'BODY_WEIGHT' END,
                                CASE WHEN pathway = 'COPD' THEN CASE zone WHEN 'RED' THEN 86 WHEN 'YELLOW' THEN 90 ELSE 93 + r % 6 END
                                     ELSE 70 + (r % 30) / 10.0 END,
                                CASE WHEN pathway = 'COPD' THEN '%' ELSE 'kg' END,
                                CASE WHEN pathway = 'COPD' THEN zone ELSE 'GREEN' END)
                           ) AS m(type, value, unit, zone)
                     ORDER BY at""");
            s.execute("DROP TABLE bench_daily");
            s.execute("VACUUM ANALYZE");
            return reports;
        }
    }

    /** The number of rows of {@code table}. */
    static long count(String jdbcUrl, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             Statement s = c.createStatement(); var r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The data set's patients, in a fixed order. */
    static List<Patient> patients(String jdbcUrl) throws Exception {
        List<Patient> patients = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             Statement s = c.createStatement();
             var r = s.executeQuery("""
                     SELECT p.id::text AS id, e.pathway AS pathway FROM patient p JOIN episode e ON e.patient_id = p.id
                      WHERE p.created_by = 'bench' ORDER BY md5(p.id::text)""")) {
            while (r.next()) {
                patients.add(new Patient(r.getString("id"), r.getString("pathway")));
            }
        }
        return patients;
    }

    /**
     * Makes every patient followed by the Ahus department of their pathway (lung or heart), so that the hospital's
     * machine client sees them: their written consent is in the data set already.
     */
    static void followedByAhus(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.OWNER,
                EmbeddedPostgresServer.OWNER_PASSWORD); // the owner: VACUUM needs it
             Statement s = c.createStatement()) {
            s.execute("""
                    UPDATE patient p SET responsible_department = w.department
                      FROM episode e JOIN pathway w ON w.code = e.pathway
                     WHERE e.patient_id = p.id AND p.created_by = 'bench'""");
            s.execute("VACUUM ANALYZE patient");
        }
    }
}
