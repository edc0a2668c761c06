package no.mila.dho.patient.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The departments whose weekly specialist meeting has the patient on its list at a moment: brought up and no outcome
 * recorded yet, and brought up no longer than {@link #LONGEST} ago (a patient left on a list without an outcome does
 * not stay visible to the department for ever; the follow-up service brings them up again).
 */
public record MeetingListing(Set<String> departments) {

    /** The longest a bring-up keeps a patient visible to the department without an outcome. */
    public static final Duration LONGEST = Duration.ofDays(28);

    public static final MeetingListing NONE = new MeetingListing(Set.of());

    /** One bring-up of the patient: for which department, when, and when its outcome was recorded (or null). */
    public record BringUp(String department, Instant openedAt, Instant closedAt) {

        /** Whether this bring-up makes the patient visible to the department at {@code at}. */
        public boolean opensAt(Instant at) {
            return !openedAt.isAfter(at) && (closedAt == null || at.isBefore(closedAt))
                    && at.isBefore(openedAt.plus(LONGEST));
        }
    }

    public MeetingListing {
        departments = Set.copyOf(departments);
    }

    /** The listing at {@code at} from the patient's bring-ups. */
    public static MeetingListing at(Instant at, Collection<BringUp> bringUps) {
        return new MeetingListing(bringUps.stream().filter(b -> b.opensAt(at)).map(BringUp::department)
                .collect(Collectors.toSet()));
    }

    /** Whether the patient is on the list of {@code department}. */
    public boolean lists(String department) {
        return department != null && departments.contains(department);
    }

    /** The access-log reason of a specialist's access through the meeting list. */
    public static String reason(String department) {
        return "specialist meeting " + department;
    }
}
