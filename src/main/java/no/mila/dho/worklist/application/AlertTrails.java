package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.mila.dho.alert.application.AlertTrail;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.domain.HandlingTrail;
import no.mila.dho.worklist.persistence.TrailStore;

/** The trail of the alerts, kept by the worklist with the trail of its tasks ({@link TrailStore}). */
@ApplicationScoped
public class AlertTrails implements AlertTrail {

    private final HandlingTrail trail;

    public AlertTrails(TrailStore trails) {
        this.trail = trails.of(TrailStore.Of.ALERT);
    }

    @Override
    public void append(UUID id, HandlingStep step) {
        trail.append(id, step);
    }

    @Override
    public List<HandlingStep> of(UUID id) {
        return trail.of(id);
    }
}
