package no.mila.dho.shared.metrics;

/**
 * Gauges whose values come from the database. A scrape never queries the database: {@link MetricsRefreshJob} calls
 * {@link #refresh} on every implementation (each in its own feature, reading only what that feature may read) every
 * {@code dho.metrics.refresh-every}. The figures are database-wide, so every replica reports the same values
 * (dashboards and alert rules take {@code max()} over the replicas).
 */
public interface DatabaseGauges {

    /** Reads the figures again, in a transaction of its own. */
    void refresh();
}
