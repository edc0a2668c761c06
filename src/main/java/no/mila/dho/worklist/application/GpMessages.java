package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.alert.application.GpMessageCheck;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.worklist.persistence.GpMessageFlags;

/** "Message from the GP" flags on a patient: green alerts of a flagged patient are never acknowledged in bulk. */
@ApplicationScoped
public class GpMessages implements GpMessageCheck {

    /** A flag, open until cleared. */
    public record Flag(UUID id, String text, String flaggedBy, Instant flaggedAt, String clearedBy, Instant clearedAt) {

        static Flag of(GpMessageFlags.FlagRow r) {
            return new Flag(r.id(), r.text(), r.flaggedBy(), r.flaggedAt(), r.clearedBy(), r.clearedAt());
        }
    }

    private final GpMessageFlags flags;
    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;

    public GpMessages(GpMessageFlags flags, PatientAccess access, CurrentUser user, Clock clock) {
        this.flags = flags;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public UUID flag(UUID patientId, String text) {
        access.requireClinical(patientId);
        UUID id = UUID.randomUUID();
        flags.insert(id, patientId, text, user.subject(), user.displayName(), clock.instant());
        return id;
    }

    @Transactional
    public void clear(UUID patientId, UUID flagId) {
        access.requireClinical(patientId);
        if (!flags.clear(patientId, flagId, user.subject(), user.displayName(), clock.instant())) {
            throw ProblemException.notFound("An open message flag " + flagId);
        }
    }

    public List<Flag> of(UUID patientId) {
        access.requireClinical(patientId);
        return flags.of(patientId).stream().map(Flag::of).toList();
    }

    @Override
    public Set<UUID> withOpenMessage(Collection<UUID> patientIds) {
        return patientIds.isEmpty() ? Set.of() : flags.flagged(patientIds);
    }
}
