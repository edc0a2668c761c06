package no.mila.dho.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import no.mila.dho.audit.domain.AccessLogEntry;
import no.mila.dho.audit.persistence.AccessLogInserts;
import org.jboss.logging.Logger;

/**
 * Writes an access-log row as one autocommitted INSERT outside any transaction of the request, so that a
 * rolled-back request is still logged, without the cost of a second JTA transaction per request. A row the
 * database does not take (it is down, or the connection broke) goes to the {@link AccessLogFallback} and is
 * replayed later by {@link AccessLogReplay}; the row's own id makes a replayed row land at most once.
 */
@ApplicationScoped
public class AccessLogWriter {

    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class);

    private final AccessLogInserts inserts;
    private final AccessLogFallback fallback;

    public AccessLogWriter(AccessLogInserts inserts, AccessLogFallback fallback) {
        this.inserts = inserts;
        this.fallback = fallback;
    }

    public void write(AccessLogEntry entry) {
        try {
            inserts.insert(entry);
        } catch (AccessLogInserts.NotStored e) {
            keepForReplay(entry, e);
        }
    }

    /** Stores rows written to the fallback; rows already stored are skipped. */
    void writeAll(List<AccessLogEntry> entries) throws AccessLogInserts.NotStored {
        inserts.insertAll(entries);
    }

    private void keepForReplay(AccessLogEntry entry, AccessLogInserts.NotStored cause) {
        try {
            if (fallback.append(entry)) {
                LOG.warnf("The access log could not be written to the database (%s); rows are kept in %s until "
                        + "they are replayed", cause.getMessage(), fallback.directory());
            }
        } catch (IOException e) {
            // the log line is then the only record of the access: it must hold all of it
            LOG.errorf("An access-log row could be written neither to the database (%s) nor to %s (%s): %s",
                    cause.getMessage(), fallback.directory(), e.getMessage(), describe(entry));
        }
    }

    private static String describe(AccessLogEntry entry) {
        try {
            return AccessLogFallback.json(entry);
        } catch (IOException e) {
            return entry.toString();
        }
    }
}
