package no.mila.dho.alert.application;

import jakarta.inject.Singleton;
import java.util.List;
import no.mila.dho.alert.domain.HandlingState;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.persistence.AlertStore;

/** Claiming, releasing, closing and handing over alerts; an alert's details name the report it came from. */
@Singleton
public class AlertHandling extends ItemHandling {

    private final AlertStore store;

    public AlertHandling(HandlingSteps steps, HandOvers handOvers, AlertStore store, AlertTrail trail) {
        super(steps, handOvers, new HandledTable(store.handling(), "alert"), trail);
        this.store = store;
    }

    @Override
    protected Details details(HandlingState state, List<HandlingStep> trail) {
        AlertStore.Source source = store.source(state.id());
        return Details.of(state, trail, source.clientReportId(), source.thresholdVersion());
    }
}
