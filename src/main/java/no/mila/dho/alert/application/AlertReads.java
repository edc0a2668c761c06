package no.mila.dho.alert.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.alert.persistence.AlertReadStore;
import no.mila.dho.measurement.domain.Zone;

/**
 * Whole alerts with their handling, for other systems (the FHIR {@code Flag} of an alert, and the {@code Task} of
 * handling it): by id, by the report that raised it, and a patient's alerts page by page. No access check here: the
 * caller has passed the patient feature's gate for the patient (reads by id check the patient they find).
 */
@ApplicationScoped
public class AlertReads {

    /**
     * An alert: zone, the reasons in Norwegian (empty for green), when it came, and its handling: who holds it (or
     * held it), when claimed, who closed it, when, with what outcome and note.
     */
    public record Alert(UUID id, UUID patientId, Zone zone, List<String> reasons, Instant receivedAt,
                        HandlingStatus status, String heldBy, Instant claimedAt, String closedBy, Instant closedAt,
                        Outcome outcome, String note, long version) {
    }

    /** Which of a patient's alerts: those in {@code statuses}, open at some time from {@code from} to {@code to}. */
    public record Filter(UUID patientId, Set<HandlingStatus> statuses, Instant from, Instant to) {
    }

    /** The orders of a page of alerts (each ends with the id). */
    public enum Order {
        /** The worklist's order of zones: red, yellow, green; within a zone the newest first. */
        WORST_NEWEST,
        /** Oldest first. */
        RECEIVED,
        /** Newest first. */
        RECEIVED_DESC
    }

    /** A page of alerts and how many match in all. */
    public record Page(List<Alert> alerts, long total) {
    }

    private final AlertReadStore store;
    private final ObjectMapper json;

    public AlertReads(AlertReadStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public Optional<Alert> byId(UUID id) {
        return store.byId(id).map(this::alert);
    }

    /** The alert raised by the patient's report with the app's report id {@code clientReportId}. */
    public Optional<Alert> ofClientReport(UUID patientId, UUID clientReportId) {
        return store.ofClientReport(patientId, clientReportId).map(this::alert);
    }

    /** {@code limit} alerts from {@code offset} in {@code order}, with the total ({@code limit} 0: only the total). */
    public Page page(Filter filter, Order order, int offset, int limit) {
        if (filter.statuses().isEmpty()) {
            return new Page(List.of(), 0);
        }
        AlertReadStore.Criteria criteria = new AlertReadStore.Criteria(filter.patientId(),
                filter.statuses().stream().map(Enum::name).toArray(String[]::new), filter.from(), filter.to());
        List<Alert> alerts = limit == 0 ? List.of() : store.page(criteria, AlertReadStore.Order.valueOf(order.name()),
                offset, limit).stream().map(this::alert).toList();
        return new Page(alerts, store.count(criteria));
    }

    private Alert alert(AlertReadStore.Row r) {
        return new Alert(r.id(), r.patientId(), Zone.valueOf(r.zone()), reasons(r.reasonsJson()), r.receivedAt(),
                HandlingStatus.valueOf(r.status()), r.heldBy(), r.claimedAt(), r.closedBy(), r.closedAt(),
                r.outcome() == null ? null : Outcome.valueOf(r.outcome()), r.note(), r.version());
    }

    private List<String> reasons(String reasonsJson) {
        try {
            List<Map<String, String>> reasons = json.readValue(reasonsJson, new TypeReference<>() { });
            return reasons.stream().map(r -> r.get("nb")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable alert reasons", e);
        }
    }
}
