package no.mila.dho.benefit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The coordinators' reminders ({@code benefit_reminder}): one per municipality and quarter, by its unique key, so
 * that the job may run on several replicas and again without creating one twice.
 */
@ApplicationScoped
public class ReminderStore {

    /** {@code closedAt}: null while open. */
    public record Reminder(String municipality, Quarter quarter, LocalDate dueOn, Instant createdAt,
                           Instant closedAt) {
    }

    private static final String CREATE = """
            INSERT INTO benefit_reminder (municipality, year, quarter, due_on, created_at)
            VALUES (:municipality, :year, :quarter, :due, :at)
            ON CONFLICT (municipality, year, quarter) DO NOTHING""";
    private static final String CLOSE = """
            UPDATE benefit_reminder SET closed_at = :at
            WHERE municipality = :municipality AND year = :year AND quarter = :quarter AND closed_at IS NULL""";
    private static final String LIST = """
            SELECT municipality, year, quarter, due_on, created_at, closed_at FROM benefit_reminder
            WHERE (CAST(:municipality AS VARCHAR) IS NULL OR municipality = CAST(:municipality AS VARCHAR))
              AND (closed_at IS NULL OR NOT :openOnly)
            ORDER BY due_on, municipality""";

    private final EntityManager em;

    public ReminderStore(EntityManager em) {
        this.em = em;
    }

    /** True when this call created it. */
    public boolean create(String municipality, Quarter quarter, LocalDate dueOn, Instant at) {
        return em.createNativeQuery(CREATE).setParameter("municipality", municipality)
                .setParameter("year", quarter.year()).setParameter("quarter", quarter.number())
                .setParameter("due", Date.valueOf(dueOn)).setParameter("at", Timestamp.from(at)).executeUpdate() == 1;
    }

    public void close(String municipality, Quarter quarter, Instant at) {
        em.createNativeQuery(CLOSE).setParameter("municipality", municipality).setParameter("year", quarter.year())
                .setParameter("quarter", quarter.number()).setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    /** @param municipality null for all */
    @SuppressWarnings("unchecked")
    public List<Reminder> list(String municipality, boolean openOnly) {
        List<Tuple> rows = em.createNativeQuery(LIST, Tuple.class).setParameter("municipality", municipality)
                .setParameter("openOnly", openOnly).getResultList();
        return rows.stream().map(t -> new Reminder(t.get("municipality", String.class),
                new Quarter(((Number) t.get("year")).intValue(), ((Number) t.get("quarter")).intValue()),
                SqlValues.localDate(t.get("due_on")), SqlValues.instant(t.get("created_at")),
                SqlValues.instant(t.get("closed_at")))).toList();
    }
}
