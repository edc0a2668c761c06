package no.mila.dho.alert.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.alert.domain.HandledItems;
import no.mila.dho.alert.domain.HandlingState;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.shared.persistence.HandlingColumns;

/**
 * The items of a table with the handling columns ({@link HandlingColumns}, which the owner of the table makes:
 * the alert feature for alerts, the worklist for its tasks), handled as {@link HandlingState} says.
 */
public final class HandledTable implements HandledItems {

    private final HandlingColumns columns;
    private final String item;

    /** {@code item} is how messages name one of them: "alert", "task". */
    public HandledTable(HandlingColumns columns, String item) {
        this.columns = columns;
        this.item = item;
    }

    @Override
    public String item() {
        return item;
    }

    @Override
    public Optional<HandlingState> find(UUID id) {
        return columns.find(id).map(HandledTable::state);
    }

    @Override
    public Optional<HandlingState> lock(UUID id) {
        return columns.lock(id).map(HandledTable::state);
    }

    @Override
    public void claim(UUID id, HandlingStep step) {
        columns.claim(id, step.actorSubject(), step.actorName(), step.at());
    }

    @Override
    public boolean handOver(UUID id, HandlingStep step) {
        HandlingStep.Nurse from = step.handOver().from();
        HandlingStep.Nurse to = step.handOver().to();
        return columns.handOver(id, from == null ? null : from.subject(), to.subject(), to.name(), step.at());
    }

    @Override
    public List<HandlingState> lockClaimedBefore(Instant cutoff, int limit) {
        return columns.lockClaimedBefore(cutoff, limit).stream().map(HandledTable::state).toList();
    }

    @Override
    public void release(UUID id) {
        columns.release(id);
    }

    @Override
    public void close(UUID id, HandlingStep step) {
        close(List.of(id), step);
    }

    /** Closes the locked items {@code ids} by the step's actor, with its outcome and note. */
    public void close(List<UUID> ids, HandlingStep step) {
        columns.close(ids, step.actorSubject(), step.actorName(), step.at(), step.outcome().name(), step.note());
    }

    private static HandlingState state(HandlingColumns.Row r) {
        return new HandlingState(r.id(), r.patientId(), HandlingStatus.valueOf(r.status()), r.claimedBySubject(),
                r.claimedBy(), r.claimedAt(), r.closedBy(), r.closedAt(),
                r.outcome() == null ? null : Outcome.valueOf(r.outcome()), r.note());
    }
}
