package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.worklist.domain.Level;
import no.mila.dho.worklist.domain.TaskType;
import no.mila.dho.worklist.persistence.WorklistKeys;

/**
 * The nurses' worklist: open alerts (a patient once, at their worst alert) and tasks due, in one list ordered
 * red, yellow, tasks due, green ({@link Level}); within a level oldest first. First the ordered keys of the page and
 * the counts per level (narrow queries over the open items), then the details of the page's items only: their
 * patients, alerts (from the alert feature), tasks and latest values.
 */
@ApplicationScoped
public class WorklistQueries {

    /** Who an item is assigned to. */
    public enum Assigned { ME, UNASSIGNED }

    /** The filters of the worklist; null means any. */
    public record Filter(String municipality, String pathway, Zone zone, TaskType taskType, Assigned assigned) {
    }

    /** A latest value of the patient. */
    public record LatestValue(String type, BigDecimal value, String unit, Instant measuredAt) {
    }

    /** One line of the worklist. */
    public record Item(String kind, UUID id, Level level, UUID patientId, String patientName, String municipality,
                       String pathway, Zone zone, List<String> reasons, int openAlerts, TaskType taskType,
                       LocalDate dueDate, String detail, Instant at, Boolean outsideOpeningHours, String status,
                       String claimedBy, boolean claimedByMe, boolean gpMessage, List<LatestValue> latestValues) {
    }

    /** A page of the worklist with its total and the counts per level (for the dashboard). */
    public record Worklist(List<Item> items, int page, int size, long totalItems, Map<Level, Long> counts) {
    }

    private final WorklistKeys keys;
    private final WorklistLines lines;
    private final CurrentUser user;
    private final Clock clock;

    public WorklistQueries(WorklistKeys keys, WorklistLines lines, CurrentUser user, Clock clock) {
        this.keys = keys;
        this.lines = lines;
        this.user = user;
        this.clock = clock;
    }

    /** One page of the worklist. */
    public Worklist worklist(Filter filter, PageRequest page) {
        LocalDate today = ClockProducer.today(clock);
        WorklistKeys.Criteria criteria = new WorklistKeys.Criteria(filter.municipality(), filter.pathway(),
                filter.zone() == null ? null : Level.of(filter.zone()), filter.taskType(),
                filter.assigned() == Assigned.ME ? user.subject() : null, filter.assigned() == Assigned.UNASSIGNED);
        List<WorklistKeys.Key> pageKeys = keys.page(criteria, today, page.page(), page.size());
        Map<Level, Long> counts = keys.counts(criteria, today);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Worklist(lines.of(pageKeys), page.page(), page.size(), total, counts);
    }
}
