package no.mila.dho.patient.persistence;

import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.mila.dho.patient.domain.AccessPolicy;
import no.mila.dho.patient.domain.Actor;
import no.mila.dho.patient.domain.MeetingListing;

/**
 * The query condition that limits a search to the patients an actor may see ({@link AccessPolicy}): one
 * parenthesised predicate, to be joined with others by {@code AND}. It holds no caller input: the actor's HPR
 * number and municipality are bound parameters, added to the query's {@link Parameters}.
 */
public final class PatientScope {

    private PatientScope() {
    }

    /** The condition on {@code PatientEntity p} in JPQL, at {@code now} (for the meeting lists). */
    public static String jpql(Actor actor, Parameters params, Instant now) {
        return of(actor, params, now, "p.gpHpr", "p.responsiblePhysicianHpr", "p.municipality",
                "p.id IN (SELECT ma.patientId FROM MeetingAccessEntity ma WHERE ma.department = :scopeDepartment "
                        + "AND ma.closedAt IS NULL AND ma.openedAt > :scopeMeetingSince)");
    }

    /**
     * The condition on {@code patient_responsibility_view p} (the published view every native caller joins) in native
     * SQL, at {@code now} (for the meeting lists).
     */
    public static String sql(Actor actor, Parameters params, Instant now) {
        return of(actor, params, now, "p.gp_hpr", "p.responsible_physician_hpr", "p.municipality",
                "p.patient_id IN (SELECT ma.patient_id FROM meeting_access ma WHERE ma.department = :scopeDepartment "
                        + "AND ma.closed_at IS NULL AND ma.opened_at > :scopeMeetingSince)");
    }

    private static String of(Actor actor, Parameters params, Instant now, String gpHpr, String responsibleHpr,
                             String municipality, String onMeetingList) {
        if (actor.has(AccessPolicy.NURSE)) {
            return "(1 = 1)";
        }
        List<String> seen = new ArrayList<>();
        if (actor.has(AccessPolicy.PHYSICIAN) && actor.hpr().isPresent()) {
            seen.add(gpHpr + " = :scopeHpr");
            seen.add(responsibleHpr + " = :scopeHpr");
            params.and("scopeHpr", actor.hpr().get());
        }
        if (actor.isSpecialist()) {
            // a specialist also sees the patients on their department's meeting list (MeetingListing)
            seen.add(onMeetingList);
            params.and("scopeDepartment", actor.department().get());
            params.and("scopeMeetingSince", now.minus(MeetingListing.LONGEST));
        }
        if (actor.has(AccessPolicy.COORDINATOR) && actor.municipality().isPresent()) {
            seen.add(municipality + " = :scopeMunicipality");
            params.and("scopeMunicipality", actor.municipality().get());
        }
        return seen.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", seen) + ")";
    }
}
