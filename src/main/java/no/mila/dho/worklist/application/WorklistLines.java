package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.alert.application.AlertLines;
import no.mila.dho.messaging.application.UnreadMessages;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.NorwegianCalendar;
import no.mila.dho.worklist.application.WorklistQueries.Item;
import no.mila.dho.worklist.application.WorklistQueries.LatestValue;
import no.mila.dho.worklist.persistence.LatestValues;
import no.mila.dho.worklist.persistence.TaskStore;
import no.mila.dho.worklist.persistence.WorklistKeys;
import no.mila.dho.worklist.persistence.WorklistPatients;

/**
 * The lines of a page of the worklist, in the page's order: one query each for the page's patients, alerts (asked
 * of the alert feature), unread message threads (asked of the messaging feature), tasks and latest values.
 */
@ApplicationScoped
public class WorklistLines {

    private final WorklistPatients patients;
    private final AlertLines alerts;
    private final TaskStore tasks;
    private final LatestValues latest;
    private final UnreadMessages messages;
    private final CurrentUser user;

    public WorklistLines(WorklistPatients patients, AlertLines alerts, TaskStore tasks, LatestValues latest,
                         UnreadMessages messages, CurrentUser user) {
        this.patients = patients;
        this.alerts = alerts;
        this.tasks = tasks;
        this.latest = latest;
        this.messages = messages;
        this.user = user;
    }

    /** The lines of {@code keys}, in their order. */
    public List<Item> of(List<WorklistKeys.Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<UUID> patientIds = keys.stream().map(WorklistKeys.Key::patientId).distinct().toList();
        Map<UUID, WorklistPatients.Patient> people = patients.of(patientIds);
        Map<UUID, AlertLines.Line> alertLines = alerts.of(idsOf(keys, "ALERT"));
        Map<UUID, TaskStore.Line> taskLines = tasks.lines(idsOf(keys, "TASK")).stream()
                .collect(Collectors.toMap(TaskStore.Line::id, Function.identity()));
        Map<UUID, UnreadMessages.Line> messageLines = messages.of(idsOf(keys, "MESSAGE"));
        Map<UUID, List<LatestValue>> values = latestValues(patientIds);
        String me = user.subject();
        List<Item> items = new ArrayList<>();
        for (WorklistKeys.Key k : keys) {
            WorklistPatients.Patient p = people.get(k.patientId());
            List<LatestValue> latestValues = values.getOrDefault(k.patientId(), List.of());
            if ("ALERT".equals(k.kind())) {
                AlertLines.Line a = alertLines.get(k.id());
                items.add(new Item("ALERT", k.id(), k.level(), p.id(), p.name(), p.municipality(), p.pathway(),
                        a.zone(), a.reasons(), p.openAlerts(), null, null, null, a.receivedAt(),
                        !NorwegianCalendar.isOpen(a.receivedAt()), a.status().name(), a.claimedBy(),
                        me.equals(a.claimedBySubject()), p.gpMessage(), latestValues));
            } else if ("MESSAGE".equals(k.kind())) {
                UnreadMessages.Line m = messageLines.get(k.id());
                if (m != null) { // absent when read since the keys were taken
                    items.add(message(k, p, m, latestValues));
                }
            } else {
                TaskStore.Line t = taskLines.get(k.id());
                items.add(new Item("TASK", k.id(), k.level(), p.id(), p.name(), p.municipality(), p.pathway(),
                        null, null, p.openAlerts(), t.type(), t.dueDate(), t.detail(), t.createdAt(), null, t.status(),
                        t.claimedBy(), me.equals(t.claimedBySubject()), p.gpMessage(), latestValues));
            }
        }
        return items;
    }

    private static Item message(WorklistKeys.Key k, WorklistPatients.Patient p, UnreadMessages.Line m,
                                List<LatestValue> latestValues) {
        String reason = m.unread() == 1 ? "Ulest melding fra pasienten" : m.unread() + " uleste meldinger fra pasienten";
        return new Item("MESSAGE", k.id(), k.level(), p.id(), p.name(), p.municipality(), p.pathway(), null,
                List.of(reason), p.openAlerts(), null, null, m.subject(), m.oldestUnreadAt(),
                !NorwegianCalendar.isOpen(m.oldestUnreadAt()), "UNREAD", null, false, p.gpMessage(), latestValues);
    }

    /** The newest valid value of each type, for each of {@code patientIds} that has any. */
    public Map<UUID, List<LatestValue>> latestValues(Collection<UUID> patientIds) {
        return latest.of(patientIds).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(v -> new LatestValue(v.type(), v.value(), v.unit(), v.measuredAt()))
                        .toList()));
    }

    private static List<UUID> idsOf(List<WorklistKeys.Key> keys, String kind) {
        return keys.stream().filter(k -> kind.equals(k.kind())).map(WorklistKeys.Key::id).toList();
    }
}
