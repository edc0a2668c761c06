package no.mila.dho.benefit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import no.mila.dho.benefit.domain.CostParameters;
import no.mila.dho.shared.money.Nok;

/** The unit costs of the cost estimate per year ({@code benefit_cost_year}; set by migration). */
@ApplicationScoped
public class CostYearRows {

    private static final String OF_YEAR = """
            SELECT year, follow_up_service_per_year, licence_per_year, equipment_per_year, home_nursing_hour_cost,
                   weeks_per_year, assumed_hours_per_week
            FROM benefit_cost_year WHERE year = :year""";

    private final EntityManager em;

    public CostYearRows(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Optional<CostParameters> of(int year) {
        List<Tuple> rows = em.createNativeQuery(OF_YEAR, Tuple.class).setParameter("year", year).getResultList();
        return rows.stream().findFirst().map(t -> new CostParameters(year, nok(t, "follow_up_service_per_year"),
                nok(t, "licence_per_year"), nok(t, "equipment_per_year"), nok(t, "home_nursing_hour_cost"),
                ((Number) t.get("weeks_per_year")).intValue(), t.get("assumed_hours_per_week", BigDecimal.class)));
    }

    private static Nok nok(Tuple t, String column) {
        return new Nok(t.get(column, BigDecimal.class));
    }
}
