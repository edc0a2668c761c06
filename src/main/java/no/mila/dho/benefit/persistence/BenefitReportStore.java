package no.mila.dho.benefit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.benefit.domain.MonthFigures;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The benefit reports ({@code benefit_report}, its months and its append-only trail {@code benefit_report_change}).
 * A change takes the report's version: an update whose version is not the stored one changes nothing.
 */
@ApplicationScoped
public class BenefitReportStore {

    /** A stored report: its months in order. */
    public record Stored(UUID id, UUID patientId, String municipality, long version, List<MonthFigures> months) {
    }

    /** Who changes a report. */
    public record Author(String subject, String name, String role, Instant at) {
    }

    private static final String HEADS = """
            SELECT id, patient_id, municipality, version FROM benefit_report
            WHERE year = :year AND quarter = :quarter AND (CAST(:patient AS UUID) IS NULL OR patient_id = :patient)""";
    private static final String MONTHS = """
            SELECT m.report_id, m.month, m.home_nursing_minutes, m.home_nursing_visits, m.kad_days, m.short_term_days
            FROM benefit_report_month m JOIN benefit_report r ON r.id = m.report_id
            WHERE r.year = :year AND r.quarter = :quarter AND (CAST(:patient AS UUID) IS NULL OR r.patient_id = :patient)
            ORDER BY m.month""";
    private static final String INSERT = """
            INSERT INTO benefit_report (id, patient_id, municipality, year, quarter, updated_at, updated_by_subject,
                updated_by_name, version)
            VALUES (:id, :patient, :municipality, :year, :quarter, :at, :subject, :name, 0)
            ON CONFLICT (patient_id, year, quarter) DO NOTHING""";
    private static final String UPDATE = """
            UPDATE benefit_report SET version = version + 1, municipality = :municipality, updated_at = :at,
                updated_by_subject = :subject, updated_by_name = :name
            WHERE id = :id AND version = :version""";
    private static final String DELETE_MONTHS = "DELETE FROM benefit_report_month WHERE report_id = :id";
    private static final String INSERT_MONTH = """
            INSERT INTO benefit_report_month (report_id, month, home_nursing_minutes, home_nursing_visits, kad_days,
                short_term_days) VALUES (:id, :month, :minutes, :visits, :kad, :shortTerm)""";
    private static final String TRAIL = """
            INSERT INTO benefit_report_change (report_id, version, changed_at, changed_by_subject, changed_by_name,
                changed_by_role, old_months, new_months)
            VALUES (:id, :version, :at, :subject, :name, :role, :old, :new)""";

    private final EntityManager em;

    public BenefitReportStore(EntityManager em) {
        this.em = em;
    }

    /** The quarter's reports, of one patient or (null) of all. */
    @SuppressWarnings("unchecked")
    public List<Stored> ofQuarter(Quarter quarter, UUID patient) {
        List<Tuple> heads = em.createNativeQuery(HEADS, Tuple.class).setParameter("year", quarter.year())
                .setParameter("quarter", quarter.number()).setParameter("patient", patient).getResultList();
        List<Tuple> months = em.createNativeQuery(MONTHS, Tuple.class).setParameter("year", quarter.year())
                .setParameter("quarter", quarter.number()).setParameter("patient", patient).getResultList();
        return heads.stream().map(h -> {
            UUID id = h.get("id", UUID.class);
            List<MonthFigures> of = months.stream().filter(m -> id.equals(m.get("report_id", UUID.class)))
                    .map(BenefitReportStore::figures).toList();
            return new Stored(id, h.get("patient_id", UUID.class), h.get("municipality", String.class),
                    ((Number) h.get("version")).longValue(), of);
        }).toList();
    }

    public Optional<Stored> of(Quarter quarter, UUID patient) {
        return ofQuarter(quarter, patient).stream().findFirst();
    }

    /** Creates the report at version 0; false when another request created it first. */
    public boolean create(UUID id, UUID patient, String municipality, Quarter quarter, Author by) {
        return em.createNativeQuery(INSERT).setParameter("id", id).setParameter("patient", patient)
                .setParameter("municipality", municipality).setParameter("year", quarter.year())
                .setParameter("quarter", quarter.number()).setParameter("at", Timestamp.from(by.at()))
                .setParameter("subject", by.subject()).setParameter("name", by.name()).executeUpdate() == 1;
    }

    /** Moves the report from {@code version} to the next; false when it is no longer at {@code version}. */
    public boolean bump(UUID id, long version, String municipality, Author by) {
        return em.createNativeQuery(UPDATE).setParameter("id", id).setParameter("version", version)
                .setParameter("municipality", municipality).setParameter("at", Timestamp.from(by.at()))
                .setParameter("subject", by.subject()).setParameter("name", by.name()).executeUpdate() == 1;
    }

    /** Replaces the report's months, and writes the change to the trail. */
    public void replaceMonths(UUID id, long newVersion, List<MonthFigures> old, List<MonthFigures> months,
                              Author by) {
        em.createNativeQuery(DELETE_MONTHS).setParameter("id", id).executeUpdate();
        for (MonthFigures m : months) {
            em.createNativeQuery(INSERT_MONTH).setParameter("id", id).setParameter("month",
                            Date.valueOf(m.month().atDay(1))).setParameter("minutes", m.homeNursingMinutes())
                    .setParameter("visits", m.homeNursingVisits()).setParameter("kad", m.kadDays())
                    .setParameter("shortTerm", m.shortTermDays()).executeUpdate();
        }
        em.createNativeQuery(TRAIL).setParameter("id", id).setParameter("version", newVersion)
                .setParameter("at", Timestamp.from(by.at())).setParameter("subject", by.subject())
                .setParameter("name", by.name()).setParameter("role", by.role())
                .setParameter("old", old == null ? null : json(old)).setParameter("new", json(months))
                .executeUpdate();
    }

    private static String json(List<MonthFigures> months) {
        return "[" + String.join(",", months.stream().map(MonthFigures::json).toList()) + "]";
    }

    private static MonthFigures figures(Tuple t) {
        return new MonthFigures(YearMonth.from(SqlValues.localDate(t.get("month"))),
                ((Number) t.get("home_nursing_minutes")).intValue(), ((Number) t.get("home_nursing_visits")).intValue(),
                ((Number) t.get("kad_days")).intValue(), ((Number) t.get("short_term_days")).intValue());
    }
}
