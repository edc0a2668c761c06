package no.mila.dho.measurement.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.application.SymptomAnswerReads;

/**
 * {@link SymptomAnswerReads} in plain JDBC, read by column label: a page of a patient's answered reports with their
 * answers in one query (the answers as two arrays ordered alike), and the total in a count over the same
 * condition; both use the index on (patient, measured_at). The pathway comes from the threshold feature's
 * published {@code threshold_version_view} (the version the report was evaluated against).
 */
@ApplicationScoped
public class SymptomAnswerRows implements SymptomAnswerReads {

    private static final String COLUMNS = """
            SELECT r.id AS report_id, r.patient_id AS patient_id, r.client_report_id AS client_report_id,
                   t.pathway AS pathway, r.measured_at AS measured_at, r.received_at AS received_at,
                   r.entered_by_name AS entered_by_name, r.on_behalf AS on_behalf,
                   ARRAY(SELECT a.question FROM symptom_answer a WHERE a.report_id = r.id ORDER BY a.question)
                       AS questions,
                   ARRAY(SELECT a.option FROM symptom_answer a WHERE a.report_id = r.id ORDER BY a.question)
                       AS options
            """;
    private static final String FROM = """
            FROM report r LEFT JOIN threshold_version_view t ON t.set_id = r.threshold_set_id
            WHERE EXISTS (SELECT 1 FROM symptom_answer e WHERE e.report_id = r.id)""";
    private static final String BY_ID = COLUMNS + FROM + " AND r.id = ?";
    private static final String COUNT = "SELECT count(*) AS total " + FROM;
    private static final String PATHWAYS = "SELECT pathway AS pathway FROM questionnaire ORDER BY pathway";

    private final AgroalDataSource dataSource;

    public SymptomAnswerRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<AnsweredReport> byId(UUID reportId) {
        return reports(BY_ID, List.of(reportId)).stream().findFirst();
    }

    @Override
    public Found search(Filter filter, int offset, int count) {
        List<Object> parameters = new ArrayList<>();
        String condition = condition(filter, parameters);
        long total = total(COUNT + condition, parameters);
        if (count == 0 || total <= offset) {
            return new Found(List.of(), total);
        }
        String order = filter.oldestFirst() ? " ORDER BY r.measured_at, r.id" : " ORDER BY r.measured_at DESC, r.id";
        List<Object> page = new ArrayList<>(parameters);
        page.add(count);
        page.add(offset);
        return new Found(reports(COLUMNS + FROM + condition + order + " LIMIT ? OFFSET ?", page), total);
    }

    @Override
    public List<String> questionnairePathways() {
        List<String> pathways = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PATHWAYS);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                pathways.add(r.getString("pathway"));
            }
            return pathways;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the questionnaires", e);
        }
    }

    private static String condition(Filter f, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(" AND r.patient_id = ?");
        parameters.add(f.patientId());
        bound(sql, parameters, " AND r.measured_at >= ?", f.measuredFrom());
        bound(sql, parameters, " AND r.measured_at <= ?", f.measuredTo());
        bound(sql, parameters, " AND r.received_at >= ?", f.receivedFrom());
        bound(sql, parameters, " AND r.received_at <= ?", f.receivedTo());
        if (f.pathway() != null) {
            sql.append(" AND t.pathway = ?");
            parameters.add(f.pathway());
        }
        return sql.toString();
    }

    private static void bound(StringBuilder sql, List<Object> parameters, String clause, Instant at) {
        if (at != null) {
            sql.append(clause);
            parameters.add(Timestamp.from(at));
        }
    }

    private long total(String sql, List<Object> parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepared(c, sql, parameters);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong("total");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the answered reports", e);
        }
    }

    private List<AnsweredReport> reports(String sql, List<Object> parameters) {
        List<AnsweredReport> reports = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepared(c, sql, parameters);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                reports.add(new AnsweredReport(r.getObject("report_id", UUID.class),
                        r.getObject("patient_id", UUID.class), r.getObject("client_report_id", UUID.class),
                        r.getString("pathway"), r.getTimestamp("measured_at").toInstant(),
                        r.getTimestamp("received_at").toInstant(), r.getString("entered_by_name"),
                        r.getBoolean("on_behalf"), answers(r)));
            }
            return reports;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the answered reports", e);
        }
    }

    private static Map<String, String> answers(ResultSet r) throws SQLException {
        String[] questions = (String[]) r.getArray("questions").getArray();
        String[] options = (String[]) r.getArray("options").getArray();
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < questions.length; i++) {
            answers.put(questions[i], options[i]);
        }
        return Collections.unmodifiableMap(answers);
    }

    private static PreparedStatement prepared(Connection c, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
        return s;
    }
}
