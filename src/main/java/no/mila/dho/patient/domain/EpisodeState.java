package no.mila.dho.patient.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The states of a pathway episode (tjenesteforløp): referral, assessment (kartlegging), allocation with the
 * 14-day baseline, steady follow-up with individual thresholds, pause, and the end (avslutning).
 */
public enum EpisodeState {
    REFERRED, ASSESSED, ACTIVE_BASELINE, ACTIVE, PAUSED, ENDED;

    /**
     * Days of the baseline period (ACTIVE_BASELINE) from the allocation's start date: daily reports on the pathway's
     * default thresholds, then the goal conversation and the review to individual thresholds.
     */
    public static final int BASELINE_DAYS = 14;

    /** The states each state may move to. */
    public Set<EpisodeState> successors() {
        return switch (this) {
            case REFERRED -> EnumSet.of(ASSESSED, ENDED);
            case ASSESSED -> EnumSet.of(ACTIVE_BASELINE, ENDED);
            case ACTIVE_BASELINE -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(PAUSED, ENDED);
            case PAUSED -> EnumSet.of(ACTIVE, ENDED);
            case ENDED -> EnumSet.noneOf(EpisodeState.class);
        };
    }

    public boolean canMoveTo(EpisodeState next) {
        return successors().contains(next);
    }

    public boolean isOpen() {
        return this != ENDED;
    }

    /**
     * Allocated to a pathway and not ended (baseline, steady follow-up or paused): the episode has a threshold
     * version in force, takes and evaluates reports, may have its thresholds changed and a self-management plan.
     * A paused patient may still report (the report is evaluated and reaches the worklist).
     */
    public boolean isAllocated() {
        return this == ACTIVE_BASELINE || this == ACTIVE || this == PAUSED;
    }

    /** Under active follow-up (baseline or steady, not paused): reports are expected and cadence tasks are due. */
    public boolean isFollowedUp() {
        return this == ACTIVE_BASELINE || this == ACTIVE;
    }

    /** The names of the allocated states, for native SQL ({@code state = ANY(?)}): the rule stays here. */
    public static String[] allocatedNames() {
        return namesWhere(EpisodeState::isAllocated);
    }

    /** The names of the followed-up states, for native SQL ({@code state = ANY(?)}). */
    public static String[] followedUpNames() {
        return namesWhere(EpisodeState::isFollowedUp);
    }

    /** The open (not ended) states, for queries on the episode entity ({@code state in ?1}). */
    public static Set<EpisodeState> openStates() {
        return EnumSet.copyOf(Arrays.stream(values()).filter(EpisodeState::isOpen).toList());
    }

    /** The names of the open (not ended) states, for native SQL ({@code state = ANY(?)}). */
    public static String[] openNames() {
        return namesWhere(EpisodeState::isOpen);
    }

    /**
     * The names of the states that are not open (ended), for native SQL ({@code state = ANY(?)}): the complement of
     * {@link #openNames()}, for a query that looks for the few episodes not open instead of the many open ones.
     */
    public static String[] notOpenNames() {
        return namesWhere(state -> !state.isOpen());
    }

    private static String[] namesWhere(Predicate<EpisodeState> rule) {
        return Arrays.stream(values()).filter(rule).map(Enum::name).toArray(String[]::new);
    }
}
