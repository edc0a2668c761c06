package no.mila.dho.shared.jobs;

/**
 * The scheduled jobs whose last successful run is reported as {@code dho_job_last_success_timestamp_seconds{job}}
 * ({@link JobRuns}); the label values are fixed here, so an alert rule can name each job (docs/observability.md).
 */
public enum Job {
    CADENCE("cadence"),
    EPISODE_ENDING("episode-ending"),
    HANDOVER_IDLE_RELEASE("handover-idle-release"),
    DAY_14_SUMMARY("day-14-summary"),
    OUTBOX_DELIVERY("outbox-delivery"),
    BENEFIT_REMINDER("benefit-reminder"),
    ACCESS_LOG_REPLAY("access-log-replay"),
    METRICS_REFRESH("metrics-refresh");

    private final String label;

    Job(String label) {
        this.label = label;
    }

    /** The value of the metric's {@code job} label. */
    public String label() {
        return label;
    }
}
