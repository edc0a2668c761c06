package no.mila.dho.economics.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.mila.dho.economics.application.TargetBook.NewTarget;
import no.mila.dho.economics.persistence.TargetChangeEntity;
import no.mila.dho.economics.persistence.TargetEntity;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/** Writes one month's target and its trail row, within {@link TargetBook#set}'s transaction. */
@ApplicationScoped
class TargetEntries {

    private final CurrentUser user;
    private final Clock clock;

    TargetEntries(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    void apply(int year, String municipality, NewTarget change, int index, String reason) {
        TargetEntity.Key key = new TargetEntity.Key();
        key.year = year;
        key.municipality = municipality;
        key.month = change.month().getMonthValue();
        TargetEntity stored = TargetEntity.findById(key);
        long current = stored == null ? 0 : stored.version;
        if (change.version().isPresent() && change.version().get() != current) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "The target of " + change.month()
                    + " was changed by someone else (version " + current + ", not " + change.version().get() + ")",
                    List.of(new FieldViolation("months[" + index + "].version", "is " + current)));
        }
        Integer old = stored == null ? null : stored.target;
        if (old != null && old == change.target()) {
            return;
        }
        Instant now = clock.instant();
        if (stored == null) {
            stored = new TargetEntity();
            stored.year = year;
            stored.municipality = municipality;
            stored.month = key.month;
            stored.target = change.target();
            stored.updatedAt = now;
            stored.updatedBy = user.subject();
            stored.persist();
        } else {
            stored.target = change.target();
            stored.updatedAt = now;
            stored.updatedBy = user.subject();
        }
        TargetChangeEntity trail = new TargetChangeEntity();
        trail.year = year;
        trail.municipality = municipality;
        trail.month = key.month;
        trail.oldTarget = old;
        trail.newTarget = change.target();
        trail.reason = reason;
        trail.at = now;
        trail.actorSubject = user.subject();
        trail.actorName = user.displayName();
        trail.actorRole = user.primaryRole();
        trail.persist();
    }

}
