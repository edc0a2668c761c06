package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.domain.MeetingListing;

/**
 * A patient brought up for a department's weekly specialist meeting: visible to that department's specialists from
 * {@code openedAt} until the outcome is recorded ({@code closedAt}), at most {@link MeetingListing#LONGEST}.
 */
@Entity
@Table(name = "meeting_access")
public class MeetingAccessEntity extends PanacheEntityBase {

    /** The worklist's meeting item. */
    @Id
    @Column(name = "meeting_item_id")
    public UUID meetingItemId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(nullable = false)
    public String department;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The patient's bring-ups that may still be open at {@code at}. */
    public static List<MeetingListing.BringUp> openOf(UUID patientId, Instant at) {
        return MeetingAccessEntity.<MeetingAccessEntity>list("patientId = ?1 and closedAt is null and openedAt > ?2",
                        patientId, at.minus(MeetingListing.LONGEST)).stream()
                .map(m -> new MeetingListing.BringUp(m.department, m.openedAt, m.closedAt)).toList();
    }
}
