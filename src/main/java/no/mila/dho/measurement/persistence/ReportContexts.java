package no.mila.dho.measurement.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.WeightTrendRule;
import no.mila.dho.patient.domain.EpisodeState;

/**
 * What the report path knows of a patient when a report comes in, in one query over the published views of the
 * patient, threshold and plan features (ADR 0008): the open episode, the threshold set version in force, the
 * active self-management plan. Plain JDBC, read by column label; in a transaction the connection is the
 * transaction's.
 */
@ApplicationScoped
public class ReportContexts {

    private static final String CONTEXT = """
            SELECT pe.patient_id, pe.pathway, pe.episode_state, pe.episode_start, t.set_id, t.version_no,
                   t.provisional, t.weight_trend_yellow_kg, t.weight_trend_red_kg, t.weight_trend_days, ap.plan_id
            FROM patient_episode_view pe
            LEFT JOIN threshold_version_view t ON t.patient_id = pe.patient_id AND t.in_force
            LEFT JOIN active_plan_view ap ON ap.patient_id = pe.patient_id
            WHERE\s""";
    private static final String BY_LOGIN = CONTEXT + "pe.login_subject = ?";
    private static final String BY_PATIENT = CONTEXT + "pe.patient_id = ?";

    private final AgroalDataSource dataSource;

    public ReportContexts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The patient, the state (null without an open episode) and start (the allocation) of the open episode, and
     * the threshold set version in force (null when none) with whether it is still provisional.
     */
    public record Context(UUID patientId, String pathway, EpisodeState episodeState, LocalDate episodeStart,
                          UUID thresholdSetId, Integer thresholdVersion, boolean provisionalThresholds,
                          Optional<WeightTrendRule> weightTrend, UUID activePlanId) {
    }

    public Optional<Context> byLogin(String subject) {
        return context(BY_LOGIN, subject);
    }

    public Optional<Context> byPatient(UUID patientId) {
        return context(BY_PATIENT, patientId);
    }

    private Optional<Context> context(String sql, Object key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(of(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the patient's context of a report", e);
        }
    }

    private static Context of(ResultSet r) throws SQLException {
        BigDecimal yellow = r.getBigDecimal("weight_trend_yellow_kg");
        Optional<WeightTrendRule> trend = yellow == null ? Optional.empty() : Optional.of(new WeightTrendRule(
                yellow, r.getBigDecimal("weight_trend_red_kg"), r.getInt("weight_trend_days")));
        String state = r.getString("episode_state");
        return new Context(r.getObject("patient_id", UUID.class), r.getString("pathway"),
                state == null ? null : EpisodeState.valueOf(state), r.getObject("episode_start", LocalDate.class),
                r.getObject("set_id", UUID.class), r.getObject("version_no", Integer.class),
                r.getBoolean("provisional"), trend, r.getObject("plan_id", UUID.class));
    }
}
