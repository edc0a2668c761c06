package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.worklist.domain.TaskType;

/**
 * A municipality's patients for its coordinator, from the published views of the patient feature (patients, their
 * open pathway, the equipment out) and the measurement feature (reports), with the open "no reports" task and the
 * open device-check visit a nurse asked for (its detail names the device only).
 */
@ApplicationScoped
public class OverviewRows {

    /** One patient of the municipality. */
    public record Patient(UUID patientId, String name, String pathway, String state, Instant lastReportAt,
                          List<String> equipment, LocalDate noReportsTaskDue, String noReportsSince,
                          LocalDate deviceCheckDue, String deviceCheck) {

        static Patient of(Tuple t) {
            String equipment = t.get("equipment", String.class);
            return new Patient(t.get("patient_id", UUID.class), t.get("name", String.class),
                    t.get("pathway", String.class), t.get("state", String.class),
                    SqlValues.instant(t.get("last_report_at")),
                    equipment == null ? List.of() : Arrays.asList(equipment.split(",")),
                    SqlValues.localDate(t.get("due_date")), t.get("detail", String.class),
                    SqlValues.localDate(t.get("device_check_due")), t.get("device_check", String.class));
        }
    }

    private final EntityManager em;

    public OverviewRows(EntityManager em) {
        this.em = em;
    }

    public long count(String municipality) {
        return ((Tuple) em.createNativeQuery("SELECT count(*) AS patients FROM patient_responsibility_view "
                        + "WHERE municipality = :municipality", Tuple.class)
                .setParameter("municipality", municipality).getSingleResult()).get("patients", Number.class).longValue();
    }

    /** A page of the municipality's patients by name. */
    @SuppressWarnings("unchecked")
    public List<Patient> page(String municipality, int page, int size) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT p.patient_id AS patient_id, p.given_name || ' ' || p.family_name AS name, p.pathway AS pathway,
                       p.episode_state AS state,
                       (SELECT max(r.received_at) FROM report_view r WHERE r.patient_id = p.patient_id) AS last_report_at,
                       (SELECT string_agg(q.type, ',' ORDER BY q.type) FROM equipment_out_view q
                         WHERE q.patient_id = p.patient_id) AS equipment,
                       t.due_date AS due_date, t.detail AS detail,
                       d.due_date AS device_check_due, d.detail AS device_check
                  FROM patient_episode_view p
                  LEFT JOIN follow_up_task t ON t.patient_id = p.patient_id AND t.type = :noReports
                                            AND t.status <> 'CLOSED'
                  LEFT JOIN follow_up_task d ON d.patient_id = p.patient_id AND d.type = :deviceCheck
                                            AND d.status <> 'CLOSED'
                 WHERE p.municipality = :municipality
                 ORDER BY p.family_name, p.given_name, p.patient_id LIMIT :limit OFFSET :offset""", Tuple.class)
                .setParameter("noReports", TaskType.NO_REPORTS.name())
                .setParameter("deviceCheck", TaskType.DEVICE_CHECK_VISIT.name()).setParameter("municipality", municipality)
                .setParameter("limit", size).setParameter("offset", page * size).getResultList();
        return rows.stream().map(Patient::of).toList();
    }
}
