package no.mila.dho.threshold.api;

import static io.restassured.RestAssured.given;
import static no.mila.dho.testsupport.ThresholdFixtures.copdProposal;
import static no.mila.dho.testsupport.ThresholdFixtures.propose;
import static no.mila.dho.testsupport.ThresholdFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of random sequences of threshold change steps by different people (two nurses, the patient's GP,
 * another physician, the patient, a coordinator, an admin), with stale versions, invalid limits and reports
 * in between. Every answer is compared with what the rules allow, and at the end the database must show: no
 * version in force without an order by the patient's physician and a verification by a different person, a
 * complete trail for every version, and every report evaluated against the version in force when it came in.
 */
@QuarkusTest
class ThresholdGovernanceSequenceTest {

    static final long SEED = Long.getLong("governance.seed", 20261124L);
    static final int PATIENTS = 20;
    static final int SEQUENCES_PER_PATIENT = 12;

    static final String NURSE_A = "seq-nurse-a";
    static final String NURSE_B = "seq-nurse-b";
    static final String GP = "physician-" + PatientFixtures.GP_HPR;
    static final String OTHER_PHYSICIAN = "physician-9299999";
    static final List<String> ACTORS = List.of(NURSE_A, NURSE_B, GP, OTHER_PHYSICIAN, "patient", "coordinator", "admin");

    @Inject
    AgroalDataSource dataSource;

    /** What the test knows of the patient's open request. */
    static final class Open {
        String id;
        long version;
        String status;
        String proposer;
        String orderer;
    }

    @Test
    void no_version_comes_into_force_without_an_order_and_a_second_persons_verification() throws SQLException {
        Random random = new Random(SEED);
        List<String> patients = new ArrayList<>();
        int sequences = 0;
        int inForce = 0;
        for (int n = 0; n < PATIENTS; n++) {
            String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
            String login = PatientFixtures.linkLogin(patient);
            patients.add(patient);
            Open open = null;
            for (int s = 0; s < SEQUENCES_PER_PATIENT; s++) {
                sequences++;
                int actions = 1 + random.nextInt(8);
                for (int a = 0; a < actions; a++) {
                    if (random.nextInt(4) == 0) {
                        report(login, random);
                    }
                    // mostly the people who do take part, so that many sequences get far
                    String actor = random.nextInt(4) == 0 ? ACTORS.get(random.nextInt(ACTORS.size()))
                            : ACTORS.get(random.nextInt(3));
                    String token = token(actor, login);
                    if (open == null || random.nextInt(6) == 0) {
                        boolean order = random.nextBoolean();
                        boolean valid = random.nextInt(8) != 0;
                        Map<String, Object> body = copdProposal("Sequence " + s, valid ? 84 + random.nextInt(4) : 93,
                                valid ? 88 + random.nextInt(4) : 90);
                        body.put("order", order);
                        ExtractableResponse<Response> r = propose(token, patient, body);
                        int expected = expectedPropose(actor, open, valid, order);
                        assertThat(r.statusCode()).as("propose by %s (open %s, valid %s, order %s): %s", actor,
                                open == null ? null : open.status, valid, order, r.body().asString()).isEqualTo(expected);
                        if (expected == 201) {
                            open = new Open();
                            open.id = r.path("id");
                            open.version = ((Number) r.path("version")).longValue();
                            open.status = r.path("status");
                            open.proposer = actor;
                            open.orderer = order ? actor : null;
                        }
                        continue;
                    }
                    String stepName = random.nextBoolean()
                            ? (open.status.equals("PROPOSED") ? "order" : "verification")
                            : List.of("order", "verification", "rejection", "withdrawal").get(random.nextInt(4));
                    boolean stale = random.nextInt(10) == 0;
                    ExtractableResponse<Response> r = step(token, patient, open.id, stepName,
                            stale ? open.version - 1 : open.version);
                    boolean allowed = allowed(stepName, actor, open);
                    int status = r.statusCode();
                    assertThat(status >= 200 && status < 300).as("%s by %s on %s request (proposer %s, orderer %s, "
                            + "stale %s): %s", stepName, actor, open.status, open.proposer, open.orderer, stale,
                            r.body().asString()).isEqualTo(allowed && !stale);
                    if (status == 200) {
                        open.version = ((Number) r.path("version")).longValue();
                        open.status = r.path("status");
                        if (stepName.equals("order")) {
                            open.orderer = actor;
                        }
                        if (stepName.equals("verification")) {
                            inForce++;
                        }
                        if (!open.status.equals("PROPOSED") && !open.status.equals("ORDERED")) {
                            open = null;
                            break;
                        }
                    }
                }
            }
        }
        assertThat(sequences).isGreaterThanOrEqualTo(200);
        assertThat(inForce).as("versions put in force").isGreaterThan(20);
        checkDatabase(patients, inForce);
    }

    static int expectedPropose(String actor, Open open, boolean valid, boolean order) {
        if (Set.of("patient", "coordinator", "admin").contains(actor)) {
            return 403;
        }
        if (actor.equals(OTHER_PHYSICIAN)) {
            return 404;
        }
        if (order && !actor.equals(GP)) {
            return 403;
        }
        if (!valid) {
            return 400;
        }
        return open != null ? 409 : 201;
    }

    /** The rules, written out again independently of the service: who may take which step now. */
    static boolean allowed(String step, String actor, Open open) {
        boolean clinical = actor.equals(NURSE_A) || actor.equals(NURSE_B) || actor.equals(GP);
        boolean involved = actor.equals(open.proposer) || actor.equals(open.orderer);
        return switch (step) {
            case "order" -> actor.equals(GP) && open.status.equals("PROPOSED");
            case "verification" -> clinical && open.status.equals("ORDERED") && !involved;
            case "rejection" -> actor.equals(GP) || (clinical && open.status.equals("ORDERED") && !involved);
            case "withdrawal" -> involved;
            default -> throw new IllegalArgumentException(step);
        };
    }

    static String token(String actor, String login) {
        return switch (actor) {
            case "patient" -> Tokens.patient(login);
            case "coordinator" -> Tokens.coordinator("3209");
            case "admin" -> Tokens.admin();
            case GP -> Tokens.physician(PatientFixtures.GP_HPR);
            case OTHER_PHYSICIAN -> Tokens.physician("9299999");
            default -> Tokens.nurse(actor);
        };
    }

    static void report(String login, Random random) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportId", UUID.randomUUID().toString());
        body.put("measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        body.put("spo2", Map.of("value", 82 + random.nextInt(15), "unit", "%"));
        given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON).body(body).post("/api/me/reports")
                .then().statusCode(201);
    }

    private void checkDatabase(List<String> patients, int inForce) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int versionsFromRequests = 0;
            for (String patient : patients) {
                UUID id = UUID.fromString(patient);
                List<Map<String, Object>> versions = rows(c, """
                        SELECT s.id, s.version_no, s.status, s.change_request_id, s.source_set_id, s.created_at,
                               p.gp_hpr, p.responsible_physician_hpr
                          FROM threshold_set s JOIN patient p ON p.id = s.patient_id
                         WHERE s.patient_id = ? ORDER BY s.version_no""", id);
                assertThat(versions).filteredOn(v -> v.get("status").equals("IN_FORCE")).hasSize(1);
                assertThat(versions.get(0).get("change_request_id")).isNull();
                assertThat(versions.get(0).get("source_set_id")).as("version 1 is the pathway default").isNotNull();
                for (int i = 0; i < versions.size(); i++) {
                    Map<String, Object> v = versions.get(i);
                    assertThat(v.get("version_no")).isEqualTo(i + 1);
                    assertThat(v.get("status")).isEqualTo(i == versions.size() - 1 ? "IN_FORCE" : "SUPERSEDED");
                    if (i > 0) {
                        versionsFromRequests++;
                        checkTrail(c, v);
                    }
                }
                // every report was evaluated against the version in force when it came in
                for (Map<String, Object> report : rows(c, "SELECT threshold_set_id, received_at FROM report WHERE patient_id = ?", id)) {
                    Object set = report.get("threshold_set_id");
                    int index = -1;
                    for (int i = 0; i < versions.size(); i++) {
                        if (versions.get(i).get("id").equals(set)) {
                            index = i;
                        }
                    }
                    assertThat(index).as("a report refers to one of the patient's versions").isNotNegative();
                    java.sql.Timestamp received = (java.sql.Timestamp) report.get("received_at");
                    assertThat(received).isAfterOrEqualTo((java.sql.Timestamp) versions.get(index).get("created_at"));
                    if (index + 1 < versions.size()) {
                        assertThat(received).isBeforeOrEqualTo((java.sql.Timestamp) versions.get(index + 1).get("created_at"));
                    }
                }
            }
            assertThat(versionsFromRequests).isEqualTo(inForce);
        }
    }

    private static void checkTrail(Connection c, Map<String, Object> version) throws SQLException {
        Object request = version.get("change_request_id");
        assertThat(request).as("a version after the first comes from a change request").isNotNull();
        List<Map<String, Object>> header = rows(c, "SELECT status, resulting_set_id FROM threshold_change_request WHERE id = ?", request);
        assertThat(header.get(0).get("status")).isEqualTo("VERIFIED");
        assertThat(header.get(0).get("resulting_set_id")).isEqualTo(version.get("id"));
        List<Map<String, Object>> trail = rows(c, "SELECT step, actor_subject, actor_role, actor_hpr FROM threshold_change_step "
                + "WHERE request_id = ? ORDER BY id", request);
        assertThat(trail).extracting(t -> t.get("step")).containsExactly("PROPOSED", "ORDERED", "VERIFIED");
        Map<String, Object> ordered = trail.get(1);
        assertThat(ordered.get("actor_role")).isEqualTo("physician");
        assertThat(ordered.get("actor_hpr")).isIn(version.get("gp_hpr"), version.get("responsible_physician_hpr"));
        Object verifier = trail.get(2).get("actor_subject");
        assertThat(verifier).isNotEqualTo(trail.get(0).get("actor_subject")).isNotEqualTo(ordered.get("actor_subject"));
        assertThat(Objects.toString(trail.get(2).get("actor_role"))).isIn("nurse", "physician");
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
