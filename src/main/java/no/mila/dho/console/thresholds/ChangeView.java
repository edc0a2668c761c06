package no.mila.dho.console.thresholds;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.console.ConsoleWords;
import no.mila.dho.threshold.application.ChangeRequestDetails;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.domain.ThresholdDiff;

/**
 * A change request as its page shows it: the values of the version it was proposed against beside the proposed
 * ones, limit by limit with the difference, the order (who, when, note) and the whole trail.
 */
record ChangeView(String id, String patientId, String patientName, String status, String statusLabel, long version,
                  String reason, int baseVersion, Integer resultingVersion, List<CompareRow> rows, List<StepRow> trail,
                  StepRow order, boolean open, boolean awaitingOrder, boolean awaitingVerification, int changed) {

    /** One limit: before, proposed, and the difference (empty when unchanged). */
    record CompareRow(String key, String label, String before, String proposed, String difference, boolean changed) {
    }

    /** One step of the trail. */
    record StepRow(String step, String at, String actor, String role, String hpr, String note) {

        static StepRow of(ChangeRequestDetails.Step s) {
            return new StepRow(ThresholdTexts.step(s.step()), ConsoleFormat.dateTime(s.at()), s.actorName(),
                    ConsoleWords.role(s.actorRole()), s.actorHpr() == null ? "" : s.actorHpr(),
                    s.note() == null ? "" : s.note());
        }
    }

    static ChangeView of(ChangeRequestDetails d) {
        ChangeRequestDetails.Request r = d.request();
        List<StepRow> trail = d.trail().stream().map(StepRow::of).toList();
        StepRow order = d.trail().stream().filter(s -> s.step() == ChangeStatus.ORDERED).findFirst()
                .map(StepRow::of).orElse(null);
        List<CompareRow> rows = rows(LimitForm.valuesOf(d.proposed()), d.changes());
        return new ChangeView(r.id().toString(), r.patientId().toString(), d.patientName(), r.status().name(),
                ThresholdTexts.status(r.status()), r.version(), r.reason(), d.baseVersion(), d.resultingVersion(), rows,
                trail, order, r.status().isOpen(), r.status() == ChangeStatus.PROPOSED,
                r.status() == ChangeStatus.ORDERED, d.changes().size());
    }

    /** Every limit of the proposal and every changed one; the earlier value is the change's, else the same. */
    static List<CompareRow> rows(Map<String, String> proposed, List<ThresholdDiff.Change> changes) {
        Map<String, ThresholdDiff.Change> byKey = changes.stream()
                .collect(Collectors.toMap(ThresholdDiff.Change::field, Function.identity()));
        Map<String, CompareRow> rows = new LinkedHashMap<>();
        proposed.forEach((key, value) -> rows.put(key, row(key, value, byKey.get(key))));
        byKey.forEach((key, change) -> rows.putIfAbsent(key, row(key, "", change)));
        // the limits that change first (what the verifier checks against the order), then the rest in form order
        return rows.values().stream().sorted(Comparator.comparing((CompareRow row) -> !row.changed())).toList();
    }

    /** Only the changed limits, as the history shows them. */
    static List<CompareRow> changedRows(List<ThresholdDiff.Change> changes) {
        return changes.stream().map(c -> row(c.field(), "", c)).toList();
    }

    private static CompareRow row(String key, String proposed, ThresholdDiff.Change change) {
        if (change == null) {
            String same = proposed.isEmpty() ? "–" : proposed;
            return new CompareRow(key, ThresholdTexts.field(key), same, same, "", false);
        }
        return new CompareRow(key, ThresholdTexts.field(key), text(change.from()), text(change.to()),
                ConsoleFormat.difference(change.from(), change.to()), true);
    }

    private static String text(BigDecimal value) {
        return value == null ? "–" : ConsoleFormat.number(value);
    }
}
