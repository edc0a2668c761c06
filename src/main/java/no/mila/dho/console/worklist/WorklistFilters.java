package no.mila.dho.console.worklist;

import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.web.EnumParam;
import no.mila.dho.worklist.application.WorklistQueries;
import no.mila.dho.worklist.domain.TaskType;

/**
 * The worklist's filters as the page's GET form sends them (the API's parameter names; an empty field means any).
 * The forms of the items post to their action with the same query string, so the page comes back with the same
 * filters after each action (and the polling fragment is asked for with it too).
 */
public class WorklistFilters {

    @QueryParam("municipality")
    String municipality;

    @QueryParam("pathway")
    String pathway;

    @QueryParam("zone")
    String zone;

    @QueryParam("taskType")
    String taskType;

    @QueryParam("assigned")
    String assigned;

    /** The filter for {@code WorklistQueries}; an unknown zone, task type or assignment is a 400 (as in the API). */
    WorklistQueries.Filter filter() {
        return new WorklistQueries.Filter(blankToNull(municipality), blankToNull(pathway),
                blankToNull(zone) == null ? null : EnumParam.parse(Zone.class, zone.trim(), "zone"),
                blankToNull(taskType) == null ? null : EnumParam.parse(TaskType.class, taskType.trim(), "taskType"),
                blankToNull(assigned) == null ? null
                        : EnumParam.parse(WorklistQueries.Assigned.class, assigned.trim(), "assigned"));
    }

    /** The non-empty filters as a query string (without {@code ?}), URL-encoded; empty when none. */
    String query() {
        return values().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The non-empty filters by parameter name. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "municipality", municipality);
        put(values, "pathway", pathway);
        put(values, "zone", zone);
        put(values, "taskType", taskType);
        put(values, "assigned", assigned);
        return values;
    }

    String value(String name) {
        return values().getOrDefault(name, "");
    }

    private static void put(Map<String, String> values, String name, String value) {
        String v = blankToNull(value);
        if (v != null) {
            values.put(name, v);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
