package no.mila.dho.alert.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.alert.persistence.AlertStore;
import no.mila.dho.measurement.domain.Zone;

/** Alerts as the lines of the worklist show them: zone, the reasons in Norwegian, when, and who holds them. */
@ApplicationScoped
public class AlertLines {

    /** An alert on the worklist. */
    public record Line(UUID id, Zone zone, List<String> reasons, Instant receivedAt, HandlingStatus status,
                       String claimedBy, String claimedBySubject) {
    }

    private final AlertStore store;
    private final ObjectMapper json;

    public AlertLines(AlertStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** The lines of the alerts {@code ids}, by id. */
    public Map<UUID, Line> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.lines(ids).stream().map(a -> new Line(a.id(), a.zone(), reasons(a.reasonsJson()), a.receivedAt(),
                        a.status(), a.claimedBy(), a.claimedBySubject()))
                .collect(Collectors.toMap(Line::id, Function.identity()));
    }

    private List<String> reasons(String reasonsJson) {
        if (reasonsJson == null) {
            return null;
        }
        try {
            List<Map<String, String>> reasons = json.readValue(reasonsJson, new TypeReference<>() { });
            return reasons.stream().map(r -> r.get("nb")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable alert reasons", e);
        }
    }
}
