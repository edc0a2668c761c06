package no.mila.dho.patient.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a pathway episode (tjenesteforløp): referral, assessment (kartlegging), allocation with the
 * 14-day baseline, steady follow-up with individual thresholds, pause, and the end (avslutning).
 */
public enum EpisodeState {
    REFERRED, ASSESSED, ACTIVE_BASELINE, ACTIVE, PAUSED, ENDED;

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

    /** Under follow-up: reports are expected and evaluated. */
    public boolean isFollowedUp() {
        return this == ACTIVE_BASELINE || this == ACTIVE;
    }
}
