package no.mila.dho.measurement.application;

import java.time.Instant;
import java.util.UUID;
import no.mila.dho.measurement.domain.Evaluation;

/**
 * Raises the alert of a report for the follow-up service's worklist. The alert feature provides it, writing in
 * the caller's transaction: a report is stored with its alert or not at all, and raised once (only after the
 * report itself was stored, never for a retry).
 */
public interface AlertRaising {

    /** The alert of report {@code reportId} (the report's own key), just stored with {@code evaluation}. */
    void raise(UUID reportId, UUID patientId, Evaluation evaluation, Instant receivedAt);
}
