package no.mila.dho.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.audit.persistence.AccessLogReads;

/**
 * The access log of one patient in a time window, newest first, one page at a time, and one row by its id: for the
 * access log as FHIR {@code AuditEvent}s. It decides nothing about who may read it: the caller has let the reader
 * through the patient feature's access gate for the row's patient first (the audit feature knows no patients).
 */
@ApplicationScoped
public class AccessLogSearch {

    /** One page of rows and how many rows the whole search has. */
    public record Slice(List<AuditedAccess> rows, long total) {
    }

    private final AccessLogReads reads;

    public AccessLogSearch(AccessLogReads reads) {
        this.reads = reads;
    }

    /** The rows of {@code patientId} recorded in [{@code from}, {@code to}] (either may be null: open), newest first. */
    public Slice ofPatient(UUID patientId, Instant from, Instant to, int offset, int count) {
        long total = reads.count(patientId, from, to);
        List<AuditedAccess> rows = count == 0 || offset >= total ? List.of()
                : reads.page(patientId, from, to, offset, count);
        return new Slice(rows, total);
    }

    public Optional<AuditedAccess> byEntryId(UUID entryId) {
        return reads.byEntryId(entryId);
    }
}
