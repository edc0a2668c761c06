package no.mila.dho.shared.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Quarkus OIDC logs a WARN for every token it cannot verify (unknown key id, bad signature, expired), so anyone
 * could fill the log by sending forged tokens; each of them is answered 401 anyway. This passes the first such
 * line per minute and counts the others; the count is added to the next line that passes.
 */
@ApplicationScoped
public class TokenFailureLog implements Filter {

    static final String CATEGORY = "io.quarkus.oidc.runtime.OidcProvider";
    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private Logger oidc;
    private long windowStart;
    private boolean windowOpen;
    private long suppressed;

    void install(@Observes StartupEvent started) {
        oidc = Logger.getLogger(CATEGORY);
        oidc.setFilter(this);
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() != Level.WARNING.intValue()) {
            return true;
        }
        long dropped;
        synchronized (this) {
            long now = System.nanoTime();
            if (windowOpen && now - windowStart < WINDOW_NANOS) {
                suppressed++;
                return false;
            }
            windowOpen = true;
            windowStart = now;
            dropped = suppressed;
            suppressed = 0;
        }
        if (dropped > 0) {
            record.setMessage(record.getMessage() + " (" + dropped + " more since the last such line, not logged)");
        }
        return true;
    }
}
