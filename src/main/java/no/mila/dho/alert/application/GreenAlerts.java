package no.mila.dho.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.alert.domain.GreenAcknowledgement;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.persistence.AlertStore;

/**
 * Acknowledging open green alerts in bulk ("kvittert ut") without contact, as {@link GreenAcknowledgement} allows:
 * the others (not green, not open, a patient with an open message from the GP, no such alert) are listed with why.
 */
@ApplicationScoped
public class GreenAlerts {

    /** Green alerts acknowledged in bulk, and those left for a closer look, with why. */
    public record BulkResult(int acknowledged, List<Skipped> skipped) {
    }

    /** An alert the bulk acknowledgement left alone. */
    public record Skipped(UUID alertId, UUID patientId, String reason) {
    }

    private final AlertStore store;
    private final HandlingSteps steps;
    private final AlertTrail trail;
    private final GpMessageCheck gpMessages;

    public GreenAlerts(AlertStore store, HandlingSteps steps, AlertTrail trail, GpMessageCheck gpMessages) {
        this.store = store;
        this.steps = steps;
        this.trail = trail;
        this.gpMessages = gpMessages;
    }

    @Transactional
    public BulkResult acknowledge(List<UUID> alertIds) {
        List<AlertStore.Candidate> candidates = store.lockForAcknowledgement(alertIds);
        Set<UUID> withGpMessage = gpMessages.withOpenMessage(
                candidates.stream().map(AlertStore.Candidate::patientId).distinct().toList());
        List<Skipped> skipped = new ArrayList<>();
        List<UUID> acknowledge = new ArrayList<>();
        for (AlertStore.Candidate c : candidates) {
            Optional<String> refusal = GreenAcknowledgement.refusal(c.zone(), c.status(),
                    withGpMessage.contains(c.patientId()));
            refusal.ifPresentOrElse(reason -> skipped.add(new Skipped(c.id(), c.patientId(), reason)),
                    () -> acknowledge.add(c.id()));
        }
        List<UUID> unknown = new ArrayList<>(alertIds);
        candidates.forEach(c -> unknown.remove(c.id()));
        unknown.forEach(id -> skipped.add(new Skipped(id, null, "No such alert")));
        if (!acknowledge.isEmpty()) {
            HandlingStep step = steps.step(HandlingStep.Kind.CLOSED, GreenAcknowledgement.OUTCOME,
                    GreenAcknowledgement.NOTE);
            new HandledTable(store.handling(), "alert").close(acknowledge, step);
            acknowledge.forEach(id -> trail.append(id, step));
        }
        return new BulkResult(acknowledge.size(), skipped);
    }
}
