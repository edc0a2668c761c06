package no.mila.dho.threshold.domain;

/** What the guards need to know of an existing request: its status and who proposed (entered) and ordered it. */
public record RequestFacts(ChangeStatus status, String proposedBy, String orderedBy) {
}
