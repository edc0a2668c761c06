package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.shared.persistence.SqlValues;

/** The newest valid value of each type for patients, from the measurement feature's {@code latest_measurement_view}. */
@ApplicationScoped
public class LatestValues {

    /** A latest value of a patient. */
    public record Value(UUID patientId, String type, BigDecimal value, String unit, Instant measuredAt) {

        static Value of(Tuple t) {
            return new Value(t.get("patient_id", UUID.class), t.get("type", String.class),
                    t.get("value", BigDecimal.class), t.get("unit", String.class),
                    SqlValues.instant(t.get("measured_at")));
        }
    }

    private final EntityManager em;

    public LatestValues(EntityManager em) {
        this.em = em;
    }

    /** The latest values of each of {@code patients} that has any, by type. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<Value>> of(Collection<UUID> patients) {
        Map<UUID, List<Value>> latest = new LinkedHashMap<>();
        if (patients.isEmpty()) {
            return latest;
        }
        List<Tuple> rows = em.createNativeQuery("""
                SELECT patient_id, type, value, unit, measured_at
                  FROM latest_measurement_view WHERE patient_id = ANY(:patients)
                 ORDER BY patient_id, type""", Tuple.class)
                .setParameter("patients", patients.toArray(UUID[]::new)).getResultList();
        rows.stream().map(Value::of).forEach(v -> latest.computeIfAbsent(v.patientId(), p -> new ArrayList<>()).add(v));
        return latest;
    }
}
