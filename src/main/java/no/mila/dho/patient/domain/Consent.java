package no.mila.dho.patient.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mila.dho.outbox.domain.SharingParty;

/**
 * What the patient consented to, and what that allows at a moment (pure rules; docs/consent.md).
 * <ul>
 *   <li><b>Oral consent at referral</b> (every referral has it): allows passing the referral to the home
 *   municipality (the coordinator who assesses and decides allocation), nothing else.</li>
 *   <li><b>Written consent at allocation</b> (dated, collected by the coordinator or a nurse): to the digital system
 *   and to sharing with hospital, municipality and GP (the seed's consent form covers all three), from the start of
 *   its date (Europe/Oslo).</li>
 *   <li><b>Changes</b> per party, recorded later: a withdrawal stops sharing with that party from the moment it is
 *   recorded; a new written consent allows it again from the moment it is recorded (never earlier: its date may be
 *   in the past, the moment of recording decides, so that nothing withheld is allowed after the fact). Of the changes
 *   recorded at or before a moment, the last one decides; without changes, the written consent does.</li>
 *   <li>A written consent at a later allocation (a new episode) is a new signed form covering all three parties: it
 *   supersedes the changes recorded before its date.</li>
 * </ul>
 *
 * @param oralConsentAt  when the patient's newest episode was referred with oral consent (start of the referral's
 *                       day), empty when the patient was never referred
 * @param written        the written consent of the patient's newest episode that has one, if any
 * @param changes        the changes to sharing, in any order
 */
public record Consent(Optional<Instant> oralConsentAt, Optional<Written> written, List<Change> changes) {

    /** The written consent of allocation. */
    public record Written(LocalDate date, String collectedBy) {

        Instant from(ZoneId zone) {
            return date.atStartOfDay(zone).toInstant();
        }
    }

    /** Withdrawn, or given again, per party. */
    public enum Action { WITHDRAWN, GIVEN }

    /** One change of the trail; {@code seq} orders changes recorded at the same instant. */
    public record Change(long seq, SharingParty party, Action action, Instant recordedAt) {
    }

    /** Why sharing with a party is allowed or not at a moment. */
    public enum Basis {
        /** No consent at all (never referred, or a referral without written consent for this party). */
        NONE,
        /** Oral consent to the referral: the municipality only, until written consent. */
        ORAL_REFERRAL,
        /** The written consent of allocation. */
        WRITTEN,
        /** Withdrawn (a change). */
        WITHDRAWN,
        /** Given again in writing after a withdrawal (a change). */
        GIVEN_AGAIN;

        public boolean allows() {
            return this == ORAL_REFERRAL || this == WRITTEN || this == GIVEN_AGAIN;
        }
    }

    public static final Consent NONE = new Consent(Optional.empty(), Optional.empty(), List.of());

    public Consent {
        changes = List.copyOf(changes);
    }

    /** Whether sharing the patient's data with {@code party} is allowed at {@code at}. */
    public boolean allows(SharingParty party, Instant at, ZoneId zone) {
        return basis(party, at, zone).allows();
    }

    /** Whether the patient had consented in writing to the digital system at {@code at}. */
    public boolean writtenAt(Instant at, ZoneId zone) {
        return written.filter(w -> !w.from(zone).isAfter(at)).isPresent();
    }

    /** What decides sharing with {@code party} at {@code at}. */
    public Basis basis(SharingParty party, Instant at, ZoneId zone) {
        Optional<Instant> writtenFrom = written.map(w -> w.from(zone));
        Optional<Change> last = changes.stream()
                .filter(c -> c.party() == party && !c.recordedAt().isAfter(at))
                .filter(c -> writtenFrom.filter(from -> c.recordedAt().isBefore(from)).isEmpty())
                .max(Comparator.comparing(Change::recordedAt).thenComparingLong(Change::seq));
        if (last.isPresent()) {
            return last.get().action() == Action.WITHDRAWN ? Basis.WITHDRAWN : Basis.GIVEN_AGAIN;
        }
        if (writtenAt(at, zone)) {
            return Basis.WRITTEN;
        }
        if (party == SharingParty.MUNICIPALITY && oralConsentAt.filter(o -> !o.isAfter(at)).isPresent()) {
            return Basis.ORAL_REFERRAL;
        }
        return Basis.NONE;
    }

    /** Every party's basis at {@code at}. */
    public Map<SharingParty, Basis> at(Instant at, ZoneId zone) {
        Map<SharingParty, Basis> all = new EnumMap<>(SharingParty.class);
        for (SharingParty party : SharingParty.values()) {
            all.put(party, basis(party, at, zone));
        }
        return all;
    }

    /**
     * Whether a change may be recorded now: a withdrawal only of sharing that is allowed (else 409: nothing to
     * withdraw), a new consent only of sharing that is withdrawn, and only once the patient consented in writing to
     * the digital system (before it, the allocation records the written consent).
     */
    public Optional<String> refusal(SharingParty party, Action action, Instant now, ZoneId zone) {
        Basis basis = basis(party, now, zone);
        return switch (action) {
            case WITHDRAWN -> basis.allows() ? Optional.empty()
                    : Optional.of("Sharing with " + party + " is not allowed now: there is nothing to withdraw");
            case GIVEN -> !writtenAt(now, zone)
                    ? Optional.of("The patient has no written consent to the digital system yet: it is recorded at "
                    + "allocation")
                    : basis == Basis.WITHDRAWN ? Optional.empty()
                    : Optional.of("Sharing with " + party + " is allowed already");
        };
    }
}
