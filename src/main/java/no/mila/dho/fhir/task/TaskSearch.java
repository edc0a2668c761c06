package no.mila.dho.fhir.task;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.alert.application.AlertReads;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.worklist.application.TaskReads;
import org.hl7.fhir.r4.model.Task;

/**
 * One page of a patient's Tasks: the cadence tasks (worklist) and the handling of the alerts (alert feature), two
 * features' data merged by due date. Each feature gives its first {@code offset + count} in that order (an alert's
 * task is due the day the alert came, so the alerts come by when received); the merge keeps the page. A patient has
 * at most a few hundred items a year, so reading up to the page's end is cheap; the totals are counts.
 */
@Singleton
public class TaskSearch {

    /** A page of Tasks and the total. */
    public record Page(List<Task> tasks, long total) {
    }

    private record Item(LocalDate due, Instant authored, String id, Task task) {
    }

    private static final Comparator<Item> BY_DUE = Comparator.comparing(Item::due).thenComparing(Item::authored)
            .thenComparing(Item::id);

    private final TaskReads tasks;
    private final AlertReads alerts;
    private final Clock clock;

    public TaskSearch(TaskReads tasks, AlertReads alerts, Clock clock) {
        this.tasks = tasks;
        this.alerts = alerts;
        this.clock = clock;
    }

    public Page page(UUID patientId, Set<HandlingStatus> statuses, boolean descending, int offset, int count) {
        int upTo = offset + count;
        LocalDate today = ClockProducer.today(clock);
        List<Item> items = new ArrayList<>();
        for (TaskReads.Task t : tasks.first(patientId, statuses, descending, upTo)) {
            items.add(new Item(t.dueDate(), t.createdAt(), t.id().toString(), TaskMapping.toFhir(t, today)));
        }
        AlertReads.Page found = alerts.page(new AlertReads.Filter(patientId, statuses, null, null),
                descending ? AlertReads.Order.RECEIVED_DESC : AlertReads.Order.RECEIVED, 0, upTo);
        for (AlertReads.Alert a : found.alerts()) {
            items.add(new Item(LocalDate.ofInstant(a.receivedAt(), ClockProducer.OSLO), a.receivedAt(),
                    a.id().toString(), TaskMapping.toFhir(a)));
        }
        items.sort(descending ? BY_DUE.reversed() : BY_DUE);
        List<Task> page = items.stream().skip(offset).limit(count).map(Item::task).toList();
        return new Page(page, tasks.count(patientId, statuses) + found.total());
    }

    /** Today in Norway (for whether a task is overdue). */
    LocalDate today() {
        return ClockProducer.today(clock);
    }
}
