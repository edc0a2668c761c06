package no.mila.dho.worklist.api;

import java.util.UUID;
import no.mila.dho.alert.application.ItemHandling;

/** The closed task and the message by which the patient was contacted. */
public record ContactedByMessage(ItemHandling.Details task, UUID messageId) {
}
