package no.mila.dho.worklist.application;

import jakarta.inject.Singleton;
import no.mila.dho.alert.application.HandOvers;
import no.mila.dho.alert.application.HandledTable;
import no.mila.dho.alert.application.HandlingSteps;
import no.mila.dho.alert.application.ItemHandling;
import no.mila.dho.worklist.persistence.TaskStore;
import no.mila.dho.worklist.persistence.TrailStore;

/** Claiming, releasing, closing and handing over the cadence tasks, by the same steps and rules as alerts. */
@Singleton
public class TaskHandling extends ItemHandling {

    public TaskHandling(HandlingSteps steps, HandOvers handOvers, TaskStore store, TrailStore trails) {
        super(steps, handOvers, new HandledTable(store.handling(), "task"), trails.of(TrailStore.Of.TASK));
    }
}
