package no.mila.dho.threshold.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.mila.dho.measurement.domain.MeasurementType;

/** The measurement types each pathway measures (table {@code pathway_measurement}, data like the pathway). */
@ApplicationScoped
public class PathwayMeasurements {

    private final EntityManager em;

    public PathwayMeasurements(EntityManager em) {
        this.em = em;
    }

    public Set<MeasurementType> of(String pathway) {
        @SuppressWarnings("unchecked")
        List<String> types = em.createNativeQuery("SELECT type FROM pathway_measurement WHERE pathway = ?1", String.class)
                .setParameter(1, pathway).getResultList();
        Set<MeasurementType> measured = EnumSet.noneOf(MeasurementType.class);
        types.forEach(t -> measured.add(MeasurementType.valueOf(t)));
        return measured;
    }
}
