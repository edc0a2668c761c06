package no.mila.dho.audit;

import no.mila.dho.shared.persistence.SqlPart;

/**
 * The access-log row of the current audited request as a part of the caller's own data-modifying statement (a CTE
 * body), so that a write and its access-log row are one statement and one commit: the row a successful report
 * gets (ADR 0008, as {@code AlertRaising} gives the report's alert). The row is inserted only when the CTE the part
 * reads has a row (the report was new); the caller then says so with {@link #written()}, and the access-log filter
 * writes no second row for the request. Every other outcome (a retry, a refusal, an error) is logged by the filter
 * as before, once.
 */
public interface StatementAccessLog {

    /**
     * The CTE body ({@code INSERT INTO access_log ... SELECT ... FROM <source>}) that writes this request's row with
     * outcome ALLOWED and status 201 once for the one row of CTE {@code source}; a part that writes nothing outside
     * an audited request (e.g. the demo data at start).
     */
    SqlPart rowOf(String source);

    /** The statement with {@link #rowOf}'s part committed with its source row: the request is logged. */
    void written();
}
