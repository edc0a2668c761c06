package no.mila.dho.alert.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import no.mila.dho.shared.persistence.SqlValues;

/** The open (not closed) alerts per zone, with the oldest one's time of receipt, for the alert metrics. */
@ApplicationScoped
public class OpenAlertFigures {

    /** The open alerts of one zone (by name) and when the oldest of them was received. */
    public record Zone(String zone, long open, Instant oldestReceivedAt) {
    }

    private static final String FIGURES = """
            SELECT a.zone AS zone, count(*) AS open, min(a.received_at) AS oldest
              FROM alert a
             WHERE a.status <> 'CLOSED'
             GROUP BY a.zone""";

    private final EntityManager em;

    public OpenAlertFigures(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Zone> byZone() {
        List<Tuple> rows = em.createNativeQuery(FIGURES, Tuple.class).getResultList();
        return rows.stream().map(t -> new Zone(t.get("zone", String.class), t.get("open", Number.class).longValue(),
                SqlValues.instant(t.get("oldest")))).toList();
    }
}
