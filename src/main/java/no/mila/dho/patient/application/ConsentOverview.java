package no.mila.dho.patient.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.patient.domain.Consent;
import no.mila.dho.patient.persistence.ConsentRows;

/**
 * The patient's consent now: written consent to the digital system (date, who collected it), what sharing is allowed
 * with each party and on what basis, and the trail (oral consent at each referral, written consent at each
 * allocation, every withdrawal and new consent with who recorded it, when and why), oldest first.
 */
public record ConsentOverview(UUID patientId, boolean digitalSystem, LocalDate writtenConsentDate,
                              String writtenConsentCollectedBy, List<Sharing> sharing, List<TrailEntry> trail) {

    /** Sharing with one party, with a Norwegian line for the patient. */
    public record Sharing(SharingParty party, boolean allowed, Consent.Basis basis, String textNb) {

        static Sharing of(SharingParty party, Consent.Basis basis) {
            return new Sharing(party, basis.allows(), basis, textNb(party, basis));
        }

        static String textNb(SharingParty party, Consent.Basis basis) {
            String with = switch (party) {
                case HOSPITAL -> "sykehuset";
                case MUNICIPALITY -> "hjemkommunen (koordinator og hjemmesykepleie)";
                case GP -> "fastlegen";
            };
            return switch (basis) {
                case NONE -> "Vi deler ikke opplysninger med " + with + ".";
                case ORAL_REFERRAL -> "Henvisningen sendes til " + with + " etter ditt muntlige samtykke.";
                case WRITTEN -> "Vi deler opplysninger med " + with + " etter ditt skriftlige samtykke.";
                case WITHDRAWN -> "Du har trukket tilbake samtykket til deling med " + with + ".";
                case GIVEN_AGAIN -> "Vi deler opplysninger med " + with + " etter ditt nye skriftlige samtykke.";
            };
        }
    }

    /** What a trail entry records. */
    public enum Kind { ORAL_CONSENT_AT_REFERRAL, WRITTEN_CONSENT, SHARING_WITHDRAWN, SHARING_GIVEN }

    /**
     * One entry of the trail. {@code party} is empty for consents that cover every party (oral consent: the
     * municipality only, see docs/consent.md; written consent: the digital system and every party).
     */
    public record TrailEntry(Instant at, Kind kind, SharingParty party, LocalDate date, UUID episodeId, String reason,
                             String recordedBy, String recordedByRole) {

        static TrailEntry oral(UUID episodeId, LocalDate referredOn, Instant at) {
            return new TrailEntry(at, Kind.ORAL_CONSENT_AT_REFERRAL, SharingParty.MUNICIPALITY, referredOn, episodeId,
                    null, null, null);
        }

        static TrailEntry written(ConsentRows.WrittenRow w, Instant at) {
            return new TrailEntry(at, Kind.WRITTEN_CONSENT, null, w.date(), w.episodeId(), null, w.collectedByName(),
                    null);
        }

        static TrailEntry change(ConsentRows.Row c) {
            return new TrailEntry(c.recordedAt(), c.action() == Consent.Action.WITHDRAWN ? Kind.SHARING_WITHDRAWN
                    : Kind.SHARING_GIVEN, c.party(), c.consentDate(), null, c.reason(), c.recordedByName(),
                    c.recordedByRole());
        }
    }
}
