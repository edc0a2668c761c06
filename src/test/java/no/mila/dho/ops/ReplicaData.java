package no.mila.dho.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.devstack.Database;
import no.mila.dho.testsupport.SyntheticIds;

/**
 * The data {@link TwoInstancesIT} writes by SQL as the owner, as earlier use of the service would have left it, so
 * that every job has work on both instances at once: the GP's register entry (fhir-http to the test's receiver),
 * patients followed for 100 days without a report (cadence tasks; the last quarter's benefit reminders), episodes whose
 * planned end date has come (episode ending, then the end message to the GP), pending outgoing messages, and a claim
 * idle for three hours (idle release). Also the counts the test asserts.
 */
final class ReplicaData {

    static final String GP_HPR = "9300042";
    static final String[] MUNICIPALITIES = {"3209", "3228", "3238"};

    private ReplicaData() {
    }

    static void registerGp(Database db, String endpoint) throws SQLException {
        update(db, "INSERT INTO message_recipient (id, kind, recipient_key, name, her_id, transport, endpoint, active) "
                + "VALUES (gen_random_uuid(), 'GP', '" + GP_HPR + "', 'Fastlege To', '8100042', 'fhir-http', '"
                + endpoint + "', TRUE)");
    }

    /** {@code n} patients in follow-up since 100 days, {@code ending} of them with a planned end yesterday. */
    static List<UUID> followedPatients(Database db, int n, int ending) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = db.owner();
             PreparedStatement patient = c.prepareStatement("INSERT INTO patient (id, national_id, given_name, "
                     + "family_name, birth_date, municipality, gp_name, gp_hpr, created_at, created_by, updated_at, "
                     + "updated_by) VALUES (?, ?, 'Fulgt', ?, DATE '1950-01-01', ?, 'Fastlege To', ?, now(), "
                     + "'two-instances-it', now(), 'two-instances-it')");
             PreparedStatement episode = c.prepareStatement("INSERT INTO episode (id, patient_id, pathway, state, "
                     + "referral_source, referral_oral_consent, referred_on, consent_date, consent_collected_by_subject, "
                     + "consent_collected_by_name, baseline_nursing_visits_month, baseline_nursing_minutes_month, "
                     + "start_date, end_reason, planned_end_date, end_decided_by_subject, end_decided_by_name, "
                     + "end_decided_on) VALUES (?, ?, 'COPD', 'ACTIVE', 'GP', TRUE, current_date - 110, "
                     + "current_date - 101, 'two-instances-it', 'Test Sykepleier', 8, 240, current_date - 100, ?, ?, "
                     + "?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                patient.setObject(1, id);
                patient.setString(2, SyntheticIds.next());
                patient.setString(3, "Pasient " + i);
                patient.setString(4, MUNICIPALITIES[i % MUNICIPALITIES.length]);
                patient.setString(5, GP_HPR);
                patient.addBatch();
                boolean ends = i < ending;
                episode.setObject(1, UUID.randomUUID());
                episode.setObject(2, id);
                episode.setString(3, ends ? "NO_LONGER_BENEFITS" : null);
                episode.setObject(4, ends ? java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(1)) : null);
                episode.setString(5, ends ? "two-instances-it" : null);
                episode.setString(6, ends ? "Test Sykepleier" : null);
                episode.setObject(7, ends ? java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(7)) : null);
                episode.addBatch();
                ids.add(id);
            }
            patient.executeBatch();
            episode.executeBatch();
            c.commit();
        }
        return ids;
    }

    /** {@code perPatient} pending messages to the GP for each of {@code patients}, due now. */
    static void pendingMessages(Database db, List<UUID> patients, int perPatient) throws SQLException {
        update(db, "INSERT INTO outgoing_message (id, patient_id, kind, recipient_kind, recipient_key, recipient_id, "
                + "subject, text, payload, created_at, created_by_subject, created_by_name, state, attempts, "
                + "next_attempt_at, state_changed_at) SELECT gen_random_uuid(), p, 'INCLUSION', 'GP', '" + GP_HPR
                + "', (SELECT id FROM message_recipient WHERE recipient_key = '" + GP_HPR + "'), 'Melding', "
                + "'Melding ' || n || ' til fastlegen', '{}'::jsonb, now(), 'two-instances-it', 'Testhendelse', "
                + "'PENDING', 0, now(), now() FROM unnest(ARRAY[" + quoted(patients) + "]::uuid[]) p, "
                + "generate_series(1, " + perPatient + ") n");
    }

    /** Makes the alert's claim (by another nurse) three hours old: the idle-release job must release it. */
    static void claimedLongAgo(Database db, UUID alertId) throws SQLException {
        update(db, "UPDATE alert SET status = 'CLAIMED', claimed_by_subject = 'nurse-away', claimed_by_name = "
                + "'Borte Sykepleier', claimed_at = now() - interval '3 hours' WHERE id = '" + alertId + "'");
    }

    static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The rows of a query, each as "a, b, c" (for failure messages and for "none" checks). */
    static List<String> rows(Database db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.owner(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? ", " : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static void update(Database db, String sql) throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String quoted(List<UUID> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }
}
