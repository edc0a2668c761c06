package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The patients of a page of the worklist: name, municipality and open pathway (the patient feature's
 * {@code patient_episode_view}), whether the GP left a message, and how many alerts are open
 * ({@code open_alert_view}).
 */
@ApplicationScoped
public class WorklistPatients {

    /** A patient as the worklist's lines show them. */
    public record Patient(UUID id, String name, String municipality, String pathway, boolean gpMessage,
                          int openAlerts) {

        static Patient of(Tuple t) {
            return new Patient(t.get("patient_id", UUID.class), t.get("name", String.class),
                    t.get("municipality", String.class), t.get("pathway", String.class),
                    t.get("gp_message", Boolean.class), t.get("open_alerts", Number.class).intValue());
        }
    }

    private final EntityManager em;

    public WorklistPatients(EntityManager em) {
        this.em = em;
    }

    /** The patients {@code ids}, by id. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Patient> of(Collection<UUID> ids) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT p.patient_id AS patient_id, p.given_name || ' ' || p.family_name AS name,
                       p.municipality AS municipality, p.pathway AS pathway,
                       EXISTS (SELECT 1 FROM gp_message_flag g
                                WHERE g.patient_id = p.patient_id AND g.cleared_at IS NULL) AS gp_message,
                       (SELECT count(*) FROM open_alert_view a WHERE a.patient_id = p.patient_id) AS open_alerts
                  FROM patient_episode_view p
                 WHERE p.patient_id = ANY(:ids)""", Tuple.class)
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(Patient::of).collect(Collectors.toMap(Patient::id, Function.identity()));
    }
}
