package no.mila.dho.console.worklist;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.worklist.application.WorklistQueries;
import no.mila.dho.worklist.domain.Level;

/** What the worklist page and its polling fragment show: counts per level and the items in priority order. */
public record WorklistView(List<Count> counts, List<ItemView> items, long total, String query, String pollSeconds,
                           String updatedAt, boolean canHandle, int greenAlerts, Filters filters) {

    /** The count of one level. */
    public record Count(String level, String label, long count, String css) {
    }

    /** A latest value of the patient. */
    public record Value(String label, String value, String unit, String at) {
    }

    /** The selected filters and the options of the filter form. */
    public record Filters(String municipality, String pathway, String zone, String taskType, String assigned,
                          List<WorklistTexts.Option> municipalities, List<WorklistTexts.Option> pathways,
                          List<WorklistTexts.Option> zones, List<WorklistTexts.Option> taskTypes,
                          List<WorklistTexts.Option> assignments) {
    }

    /** One line of the worklist. */
    public record ItemView(String kind, String handle, UUID id, String level, String levelLabel, String levelCss,
                           UUID patientId, String patientName, String municipality, String pathway,
                           List<String> reasons, String task, String dueDate, String detail, String at,
                           boolean outsideOpeningHours, String status, String claimedBy, boolean claimedByMe,
                           boolean gpMessage, int openAlerts, List<Value> latestValues) {

        public boolean isOpen() {
            return "OPEN".equals(status);
        }

        public boolean isClaimed() {
            return "CLAIMED".equals(status);
        }

        /** Alerts and tasks are claimed and closed here; an unread message is read on the patient page. */
        public boolean isHandledHere() {
            return handle != null;
        }

        public boolean isGreenAlert() {
            return "ALERT".equals(kind) && "GREEN".equals(level);
        }
    }

    static WorklistView of(WorklistQueries.Worklist worklist, String query, int pollSeconds, Instant now,
                           boolean canHandle, Filters filters, Map<String, String> pathwayNames) {
        Map<Level, Long> counts = worklist.counts();
        List<Count> perLevel = Arrays.stream(Level.values())
                .map(l -> new Count(l.name(), WorklistTexts.level(l), counts.getOrDefault(l, 0L), css(l))).toList();
        List<ItemView> items = worklist.items().stream().map(i -> item(i, pathwayNames)).toList();
        int green = (int) items.stream().filter(ItemView::isGreenAlert).filter(ItemView::isOpen).count();
        return new WorklistView(perLevel, items, worklist.totalItems(), query, Integer.toString(pollSeconds),
                WorklistTexts.time(now), canHandle, green, filters);
    }

    private static ItemView item(WorklistQueries.Item i, Map<String, String> pathwayNames) {
        String handle = switch (i.kind()) {
            case "ALERT" -> "alerts";
            case "TASK" -> "tasks";
            default -> null;
        };
        List<Value> values = i.latestValues() == null ? List.of() : i.latestValues().stream()
                .map(v -> new Value(WorklistTexts.measurement(v.type()),
                        v.value() == null ? "" : v.value().stripTrailingZeros().toPlainString().replace('.', ','),
                        v.unit() == null ? "" : v.unit(), WorklistTexts.dateTime(v.measuredAt())))
                .toList();
        return new ItemView(i.kind(), handle, i.id(), i.level().name(), WorklistTexts.level(i.level()), css(i.level()),
                i.patientId(), i.patientName(), i.municipality(),
                i.pathway() == null ? "" : pathwayNames.getOrDefault(i.pathway(), i.pathway()),
                i.reasons() == null ? List.of() : i.reasons(), WorklistTexts.taskType(i.taskType()),
                WorklistTexts.date(i.dueDate()), i.detail(), WorklistTexts.dateTime(i.at()),
                Boolean.TRUE.equals(i.outsideOpeningHours()), i.status(), i.claimedBy(), i.claimedByMe(),
                i.gpMessage(), i.openAlerts(), values);
    }

    /** The zone classes of console.css carry a shape besides the colour; messages and tasks have their own mark. */
    private static String css(Level level) {
        return switch (level) {
            case RED, YELLOW, GREEN -> "zone zone-" + level.name();
            case MESSAGE -> "level level-MESSAGE";
            case TASK -> "level level-TASK";
        };
    }
}
