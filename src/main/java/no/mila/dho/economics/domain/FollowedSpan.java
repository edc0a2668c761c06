package no.mila.dho.economics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the counting rule needs of one allocated pathway episode (docs/economics.md, "Who counts as a recipient"): the
 * patient, the municipality the episode is counted for, the first day followed (the allocation's start date), the last
 * day (the day it ended, in Oslo; empty while open) and the pauses.
 */
public record FollowedSpan(String patient, String municipality, LocalDate firstDay, Optional<LocalDate> lastDay,
                           List<Pause> pauses) {

    public FollowedSpan {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        pauses = List.copyOf(pauses);
    }

    /**
     * A pause: paused on {@code from}, resumed (or ended) on {@code until}, empty while still paused. The two days of
     * the change were partly followed; the days strictly between them were paused all day.
     */
    public record Pause(LocalDate from, Optional<LocalDate> until) {

        public Pause {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }

        /** Was {@code day} paused the whole day? */
        boolean coversWholeDay(LocalDate day) {
            return day.isAfter(from) && until.map(day::isBefore).orElse(true);
        }
    }
}
