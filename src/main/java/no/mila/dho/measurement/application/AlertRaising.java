package no.mila.dho.measurement.application;

import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.shared.persistence.SqlPart;

/**
 * Raises the alert of a report for the follow-up service's worklist. The alert feature provides it as a part of the
 * report's own statement (a data-modifying CTE), so that a report is stored with its alert or not at all, in one
 * statement and one round trip, and the alert is raised once: only when the report row was inserted, never for a
 * retry (ADR 0008 says why this is a statement part and not a second statement in a transaction: the hot path).
 */
public interface AlertRaising {

    /**
     * The name of the CTE the part may read: the report row just inserted, with columns {@code id},
     * {@code patient_id} and {@code received_at}; it has no row when the report id was taken.
     */
    String STORED_REPORT = "stored_report";

    /** The CTE body ({@code INSERT ... SELECT ... FROM stored_report}) that raises the alert of {@code evaluation}. */
    SqlPart alertOf(Evaluation evaluation);
}
