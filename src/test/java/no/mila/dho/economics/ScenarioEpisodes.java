package no.mila.dho.economics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.mila.dho.testsupport.SyntheticIds;

/**
 * The test-side data generation of {@link SettlementScenarioTest}: patients and their pathway episodes with start, end
 * and pauses on given days, written with plain JDBC straight into the scenario's own database (the API can neither
 * backdate an end nor set one in a future year freely). Each episode gets its rows as the patient feature would have
 * written them: the {@code episode} row (state, start date, planned end, end reason) and its append-only
 * {@code episode_transition} trail (referred, assessed, baseline from the start day, steady follow-up after 14 days,
 * pause and resumption, end), each transition at a time of day in Oslo. The counting itself runs through the real code.
 */
final class ScenarioEpisodes {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final LocalTime NOON = LocalTime.NOON;

    /** A pause: paused on {@code from}, resumed on {@code until}. */
    record Pause(LocalDate from, LocalDate until) {
    }

    /**
     * One pathway episode. {@code start} null: never allocated (referred only, or assessed, or ended before an
     * allocation); {@code end} null: still open.
     */
    record Episode(LocalDate start, LocalDate end, LocalTime endedAt, List<Pause> pauses, String openState) {

        /** Allocated on {@code start}, ended on {@code end} at noon in Oslo (null: still open). */
        static Episode followed(String start, String end, Pause... pauses) {
            return new Episode(LocalDate.parse(start), end == null ? null : LocalDate.parse(end), NOON,
                    Arrays.asList(pauses), null);
        }

        /**
         * Ended by the nightly job on its planned end date {@code end}, at 00:05 in Oslo: still the previous day in
         * UTC.
         */
        static Episode endedByNightlyJob(String start, String end) {
            return new Episode(LocalDate.parse(start), LocalDate.parse(end), LocalTime.of(0, 5), List.of(), null);
        }

        /** Referred and assessed, not (yet) allocated: never a recipient. */
        static Episode assessedOnly() {
            return new Episode(null, null, NOON, List.of(), "ASSESSED");
        }

        /** Referred, then ended as not included on {@code end}: never a recipient. */
        static Episode notIncluded(String end) {
            return new Episode(null, LocalDate.parse(end), NOON, List.of(), null);
        }

        boolean allocated() {
            return start != null;
        }
    }

    /** A patient of {@code municipality} with its episodes, oldest first (at most the last one open). */
    record Patient(String key, String municipality, List<Episode> episodes) {
    }

    static Patient patient(String key, String municipality, Episode... episodes) {
        return new Patient(key, municipality, List.of(episodes));
    }

    /** {@code count} patients keyed {@code prefix1..prefixN}, each with one copy of {@code episode}. */
    static List<Patient> generated(String prefix, int count, String municipality, Episode episode) {
        List<Patient> patients = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            patients.add(patient(prefix + i, municipality, episode));
        }
        return patients;
    }

    static Pause pause(String from, String until) {
        return new Pause(LocalDate.parse(from), LocalDate.parse(until));
    }

    private final DataSource dataSource;

    ScenarioEpisodes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes every patient with its episodes and transitions; answers the patients' ids in the order given. */
    List<UUID> insert(List<Patient> patients) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Patient patient : patients) {
                UUID id = UUID.randomUUID();
                insertPatient(c, id, patient);
                for (Episode episode : patient.episodes()) {
                    insertEpisode(c, id, episode);
                }
                ids.add(id);
            }
        }
        return ids;
    }

    private static void insertPatient(Connection c, UUID id, Patient patient) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO patient (id, national_id, given_name, family_name, "
                + "birth_date, municipality, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'scenario', ?, 'scenario')")) {
            OffsetDateTime created = at(LocalDate.of(2026, 1, 5), 9);
            s.setObject(1, id);
            s.setString(2, SyntheticIds.next());
            s.setString(3, "Pasient " + patient.key());
            s.setString(4, "Scenario");
            s.setObject(5, LocalDate.of(1948, 3, 14));
            s.setString(6, patient.municipality());
            s.setObject(7, created);
            s.setObject(8, created);
            s.executeUpdate();
        }
    }

    private static void insertEpisode(Connection c, UUID patient, Episode episode) throws SQLException {
        UUID id = UUID.randomUUID();
        LocalDate referred = episode.allocated() ? episode.start().minusDays(10)
                : episode.end() != null ? episode.end().minusDays(5) : LocalDate.of(2027, 2, 1);
        List<Object[]> trail = new ArrayList<>();
        trail.add(new Object[] {null, "REFERRED", at(referred, 9)});
        String state;
        if (!episode.allocated()) {
            if (episode.end() != null) {
                trail.add(new Object[] {"REFERRED", "ENDED", at(episode.end(), episode.endedAt())});
                state = "ENDED";
            } else {
                trail.add(new Object[] {"REFERRED", "ASSESSED", at(referred.plusDays(3), 10)});
                state = episode.openState();
            }
        } else {
            trail.add(new Object[] {"REFERRED", "ASSESSED", at(referred.plusDays(3), 10)});
            trail.add(new Object[] {"ASSESSED", "ACTIVE_BASELINE", at(episode.start(), 9)});
            state = "ACTIVE_BASELINE";
            LocalDate steady = episode.start().plusDays(14);
            if (episode.end() == null || steady.isBefore(episode.end())) {
                trail.add(new Object[] {"ACTIVE_BASELINE", "ACTIVE", at(steady, 8)});
                state = "ACTIVE";
            }
            for (Pause p : episode.pauses()) {
                trail.add(new Object[] {"ACTIVE", "PAUSED", at(p.from(), 11)});
                trail.add(new Object[] {"PAUSED", "ACTIVE", at(p.until(), 11)});
            }
            if (episode.end() != null) {
                trail.add(new Object[] {state, "ENDED", at(episode.end(), episode.endedAt())});
                state = "ENDED";
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO episode (id, patient_id, pathway, state, "
                + "referral_source, referral_oral_consent, referred_on, consent_date, consent_collected_by_subject, "
                + "consent_collected_by_name, start_date, end_reason, planned_end_date, end_decided_by_subject, "
                + "end_decided_by_name, end_decided_on, coordinator_informed) "
                + "VALUES (?, ?, 'COPD', ?, 'GP', TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean ended = episode.end() != null;
            s.setObject(1, id);
            s.setObject(2, patient);
            s.setString(3, state);
            s.setObject(4, referred);
            s.setObject(5, episode.allocated() ? episode.start() : null);
            s.setString(6, episode.allocated() ? "coordinator-scenario" : null);
            s.setString(7, episode.allocated() ? "Koordinator Scenario" : null);
            s.setObject(8, episode.start());
            s.setString(9, ended ? (episode.allocated() ? "NO_LONGER_BENEFITS" : "NOT_INCLUDED") : null);
            s.setObject(10, episode.end());
            s.setString(11, ended ? "nurse-scenario" : null);
            s.setString(12, ended ? "Sykepleier Scenario" : null);
            s.setObject(13, ended ? episode.end() : null);
            s.setObject(14, ended ? Boolean.TRUE : null);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO episode_transition (episode_id, from_state, "
                + "to_state, at, actor_subject, actor_name, actor_role) "
                + "VALUES (?, ?, ?, ?, 'nurse-scenario', 'Sykepleier Scenario', 'nurse')")) {
            for (Object[] t : trail) {
                s.setObject(1, id);
                s.setString(2, (String) t[0]);
                s.setString(3, (String) t[1]);
                s.setObject(4, t[2]);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** {@code day} at {@code hour}:00 in Oslo. */
    private static OffsetDateTime at(LocalDate day, int hour) {
        return at(day, LocalTime.of(hour, 0));
    }

    /** {@code day} at {@code time} in Oslo, as an instant in UTC (as the application stores its timestamps). */
    private static OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(OSLO).toOffsetDateTime().withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }
}
