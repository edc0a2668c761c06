package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.outbox.application.SharingConsent;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.patient.domain.AccessPolicy;
import no.mila.dho.patient.domain.Consent;
import no.mila.dho.patient.persistence.ConsentRows;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The patient's consent (docs/consent.md): what it allows now ({@link SharingConsent}, asked by the outbox when it
 * writes a message and again before it delivers one, and by {@link PatientAccess} for a hospital's FHIR client), the
 * trail, and the changes: a withdrawal of sharing with a party, or sharing given again in writing. Nothing is cached:
 * every answer reads the database, so a withdrawal holds from the moment its transaction commits.
 * <p>
 * Larger than 150 lines because it is the one home of consent: the outbox's port, the trail and both kinds of change
 * (split, each half would repeat the locking of the patient and the reading of the episodes).
 */
@ApplicationScoped
public class ConsentRecords implements SharingConsent {

    /** The standing reason of a withdrawal the patient makes in the app without giving one. */
    public static final String OWN_WITHDRAWAL = "Trukket tilbake av pasienten i appen";

    private final ConsentRows rows;
    private final PatientAccess access;
    private final CurrentUser user;
    private final EntityManager em;
    private final Clock clock;
    private final MeetingAccess meetings;

    public ConsentRecords(ConsentRows rows, PatientAccess access, CurrentUser user, EntityManager em, Clock clock,
                          MeetingAccess meetings) {
        this.meetings = meetings;
        this.rows = rows;
        this.access = access;
        this.user = user;
        this.em = em;
        this.clock = clock;
    }

    /** Whether the patient's consent allows sharing with {@code party} now (no access check: the outbox asks). */
    @Override
    @ActivateRequestContext
    public boolean allows(UUID patientId, SharingParty party) {
        return allowsAt(patientId, party, clock.instant());
    }

    /** Whether the patient's consent allowed sharing with {@code party} at {@code at} (no access check). */
    @ActivateRequestContext
    public boolean allowsAt(UUID patientId, SharingParty party, Instant at) {
        return rows.of(patientId, ClockProducer.OSLO).allows(party, at, ClockProducer.OSLO);
    }

    /** The patient's consent, for staff who may see the patient (coordinator of the municipality included). */
    public ConsentOverview of(UUID patientId) {
        access.require(patientId);
        return overview(patientId);
    }

    /** The caller's own consent (role patient). */
    public ConsentOverview own() {
        return overview(access.requireSelfId());
    }

    /**
     * Records a withdrawal of sharing with {@code party}, by a nurse or the coordinator of the patient's
     * municipality (who collects consent); 409 when that sharing is not allowed now.
     */
    @Transactional
    public ConsentOverview withdraw(UUID patientId, SharingParty party, String reason) {
        requireRecorder(patientId);
        return change(patientId, party, Consent.Action.WITHDRAWN, null, reason);
    }

    /** Records that the patient gave written consent again to sharing with {@code party} after a withdrawal. */
    @Transactional
    public ConsentOverview giveAgain(UUID patientId, SharingParty party, LocalDate consentDate, String reason) {
        requireRecorder(patientId);
        if (consentDate.isAfter(ClockProducer.today(clock))) {
            throw ProblemException.invalid("consentDate", "must not be in the future");
        }
        return change(patientId, party, Consent.Action.GIVEN, consentDate, reason);
    }

    /** The patient withdraws sharing with {@code party} themselves, in the app. */
    @Transactional
    public ConsentOverview withdrawOwn(SharingParty party, String reason) {
        UUID patientId = access.requireSelfId();
        return change(patientId, party, Consent.Action.WITHDRAWN, null,
                reason == null || reason.isBlank() ? OWN_WITHDRAWAL : reason);
    }

    private void requireRecorder(UUID patientId) {
        PatientEntity patient = access.require(patientId).patient();
        boolean nurse = user.hasRole(AccessPolicy.NURSE);
        boolean ownCoordinator = user.hasRole(AccessPolicy.COORDINATOR)
                && user.municipality().filter(m -> m.equals(patient.municipality)).isPresent();
        if (!nurse && !ownCoordinator) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Consent is recorded by the follow-up service's nurses or the coordinator of the patient's "
                            + "municipality");
        }
    }

    private ConsentOverview change(UUID patientId, SharingParty party, Consent.Action action, LocalDate consentDate,
                                   String reason) {
        // one change at a time per patient: the check and the insert see the same trail
        em.find(PatientEntity.class, patientId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Consent consent = rows.of(patientId, ClockProducer.OSLO);
        consent.refusal(party, action, now, ClockProducer.OSLO).ifPresent(why -> {
            throw new ProblemException(ProblemType.CONFLICT, why);
        });
        rows.insert(patientId, party, action, consentDate, reason, now, user.subject(), user.displayName(),
                user.primaryRole());
        if (party == SharingParty.HOSPITAL && action == Consent.Action.WITHDRAWN) {
            meetings.hospitalSharingWithdrawn(patientId, now); // the meeting's specialists lose sight too
        }
        return overview(patientId);
    }

    private ConsentOverview overview(UUID patientId) {
        Instant now = clock.instant();
        Consent consent = rows.of(patientId, ClockProducer.OSLO);
        Map<SharingParty, Consent.Basis> bases = consent.at(now, ClockProducer.OSLO);
        List<ConsentOverview.Sharing> sharing = bases.entrySet().stream()
                .map(e -> ConsentOverview.Sharing.of(e.getKey(), e.getValue())).toList();
        List<ConsentOverview.TrailEntry> trail = new ArrayList<>();
        EpisodeEntity.ofPatient(patientId).forEach(e -> trail.add(ConsentOverview.TrailEntry.oral(e.id,
                e.referredOn, e.referredOn.atStartOfDay(ClockProducer.OSLO).toInstant())));
        rows.writtenConsents(patientId).forEach(w -> trail.add(ConsentOverview.TrailEntry.written(w,
                w.date().atStartOfDay(ClockProducer.OSLO).toInstant())));
        rows.changes(patientId).forEach(c -> trail.add(ConsentOverview.TrailEntry.change(c)));
        trail.sort(Comparator.comparing(ConsentOverview.TrailEntry::at));
        return new ConsentOverview(patientId, consent.writtenAt(now, ClockProducer.OSLO),
                consent.written().map(Consent.Written::date).orElse(null),
                consent.written().map(Consent.Written::collectedBy).orElse(null), sharing, trail);
    }
}
