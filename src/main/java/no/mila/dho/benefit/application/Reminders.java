package no.mila.dho.benefit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.benefit.persistence.ReminderStore;

/** The coordinators' reminders of the quarterly benefit reports: listed, and closed when a quarter is complete. */
@ApplicationScoped
public class Reminders {

    /** A reminder of a municipality's quarter, due on {@code dueOn}. */
    public record Reminder(String municipality, Quarter quarter, LocalDate dueOn, Instant createdAt) {
    }

    private final ReminderStore store;
    private final MunicipalityScope scope;
    private final Clock clock;

    public Reminders(ReminderStore store, MunicipalityScope scope, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.clock = clock;
    }

    /** The open reminders the caller may see (a coordinator: their municipality's), soonest due first. */
    @Transactional
    public List<Reminder> open(Optional<String> municipality) {
        return store.list(scope.resolve(municipality).orElse(null), true).stream()
                .map(r -> new Reminder(r.municipality(), r.quarter(), r.dueOn(), r.createdAt())).toList();
    }

    void close(String municipality, Quarter quarter) {
        store.close(municipality, quarter, clock.instant());
    }
}
