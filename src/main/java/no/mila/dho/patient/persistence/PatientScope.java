package no.mila.dho.patient.persistence;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import no.mila.dho.patient.domain.AccessPolicy;
import no.mila.dho.patient.domain.Actor;

/**
 * The query condition that limits a search to the patients an actor may see ({@link AccessPolicy}): one
 * parenthesised predicate, to be joined with others by {@code AND}. It holds no caller input: the actor's HPR
 * number and municipality are bound parameters, added to the query's {@link Parameters}.
 */
public final class PatientScope {

    private PatientScope() {
    }

    /** The condition on {@code PatientEntity p} in JPQL. */
    public static String jpql(Actor actor, Parameters params) {
        return of(actor, params, "p.gpHpr", "p.responsiblePhysicianHpr", "p.municipality");
    }

    /** The condition on table {@code patient p} in native SQL. */
    public static String sql(Actor actor, Parameters params) {
        return of(actor, params, "p.gp_hpr", "p.responsible_physician_hpr", "p.municipality");
    }

    private static String of(Actor actor, Parameters params, String gpHpr, String responsibleHpr,
                             String municipality) {
        if (actor.has(AccessPolicy.NURSE)) {
            return "(1 = 1)";
        }
        List<String> seen = new ArrayList<>();
        if (actor.has(AccessPolicy.PHYSICIAN) && actor.hpr().isPresent()) {
            seen.add(gpHpr + " = :scopeHpr");
            seen.add(responsibleHpr + " = :scopeHpr");
            params.and("scopeHpr", actor.hpr().get());
        }
        if (actor.has(AccessPolicy.COORDINATOR) && actor.municipality().isPresent()) {
            seen.add(municipality + " = :scopeMunicipality");
            params.and("scopeMunicipality", actor.municipality().get());
        }
        return seen.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", seen) + ")";
    }
}
