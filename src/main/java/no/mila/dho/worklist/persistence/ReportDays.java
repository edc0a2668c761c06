package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.shared.time.NorwegianCalendar;

/** The patients' reports by Oslo day, as the cadence rules see them, from the measurement feature's {@code report_view}. */
@ApplicationScoped
public class ReportDays {

    /** The day (Oslo) of a patient's latest report, and its zone. */
    public record Latest(LocalDate day, Zone zone) {
    }

    private final EntityManager em;

    public ReportDays(EntityManager em) {
        this.em = em;
    }

    /** The worst zone of each day (Oslo dates) with reports since {@code from}, per patient. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<LocalDate, Zone>> worstZoneByDay(Collection<UUID> patients, LocalDate from) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT patient_id, (measured_at AT TIME ZONE 'Europe/Oslo')::date AS day,
                       max(CASE zone WHEN 'RED' THEN 2 WHEN 'YELLOW' THEN 1 ELSE 0 END) AS worst
                  FROM report_view
                 WHERE patient_id = ANY(:patients) AND zone IS NOT NULL AND measured_at >= :from
                 GROUP BY 1, 2""", Tuple.class).setParameter("patients", patients.toArray(UUID[]::new))
                .setParameter("from", Timestamp.from(from.atStartOfDay(NorwegianCalendar.OSLO).toInstant()))
                .getResultList();
        Map<UUID, Map<LocalDate, Zone>> days = new HashMap<>();
        for (Tuple t : rows) {
            days.computeIfAbsent(t.get("patient_id", UUID.class), p -> new HashMap<>())
                    .put(SqlValues.localDate(t.get("day")), Zone.values()[t.get("worst", Number.class).intValue()]);
        }
        return days;
    }

    /** Per patient with reports: the day of the latest report (Oslo), and its zone. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Latest> latest(Collection<UUID> patients) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (patient_id) patient_id, (measured_at AT TIME ZONE 'Europe/Oslo')::date AS day, zone
                  FROM report_view WHERE patient_id = ANY(:patients) AND zone IS NOT NULL
                 ORDER BY patient_id, measured_at DESC""", Tuple.class)
                .setParameter("patients", patients.toArray(UUID[]::new)).getResultList();
        Map<UUID, Latest> latest = new HashMap<>();
        rows.forEach(t -> latest.put(t.get("patient_id", UUID.class),
                new Latest(SqlValues.localDate(t.get("day")), Zone.valueOf(t.get("zone", String.class)))));
        return latest;
    }
}
