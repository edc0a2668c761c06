package no.mila.dho.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.patient.domain.Consent.Action;
import no.mila.dho.patient.domain.Consent.Basis;
import no.mila.dho.patient.domain.Consent.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the patient's consent allows at a moment (docs/consent.md). */
class ConsentTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant REFERRED = Instant.parse("2026-02-28T23:00:00Z"); // 1 March, Oslo
    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 10);
    private static final Instant SIGNED_FROM = Instant.parse("2026-03-09T23:00:00Z"); // 10 March 00:00 Oslo
    private static final Instant WITHDRAWN_AT = Instant.parse("2026-04-01T10:15:00Z");
    private static final Instant GIVEN_AT = Instant.parse("2026-05-01T08:00:00Z");

    private static Consent consent(Optional<LocalDate> signed, Change... changes) {
        return new Consent(Optional.of(REFERRED), signed.map(d -> new Consent.Written(d, "Kari Koordinator")),
                List.of(changes));
    }

    private static Consent written(Change... changes) {
        return consent(Optional.of(SIGNED), changes);
    }

    private static Change change(long seq, SharingParty party, Action action, Instant at) {
        return new Change(seq, party, action, at);
    }

    @ParameterizedTest
    @EnumSource(SharingParty.class)
    void without_any_consent_nothing_is_shared(SharingParty party) {
        assertThat(Consent.NONE.allows(party, GIVEN_AT, OSLO)).isFalse();
        assertThat(Consent.NONE.basis(party, GIVEN_AT, OSLO)).isEqualTo(Basis.NONE);
        assertThat(Consent.NONE.writtenAt(GIVEN_AT, OSLO)).isFalse();
    }

    @Test
    void oral_consent_to_the_referral_allows_the_municipality_only_and_only_from_the_referral() {
        Consent oral = consent(Optional.empty());
        assertThat(oral.at(REFERRED, OSLO)).containsEntry(SharingParty.MUNICIPALITY, Basis.ORAL_REFERRAL)
                .containsEntry(SharingParty.HOSPITAL, Basis.NONE).containsEntry(SharingParty.GP, Basis.NONE);
        assertThat(oral.allows(SharingParty.MUNICIPALITY, REFERRED.minusSeconds(1), OSLO)).isFalse();
        assertThat(oral.writtenAt(GIVEN_AT, OSLO)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SharingParty.class)
    void written_consent_allows_every_party_from_the_start_of_its_date_in_oslo(SharingParty party) {
        assertThat(written().basis(party, SIGNED_FROM, OSLO)).isEqualTo(Basis.WRITTEN);
        assertThat(written().allows(party, SIGNED_FROM.minusMillis(1), OSLO))
                .isEqualTo(party == SharingParty.MUNICIPALITY); // the oral consent of the referral still holds
        assertThat(written().writtenAt(SIGNED_FROM, OSLO)).isTrue();
        assertThat(written().writtenAt(SIGNED_FROM.minusMillis(1), OSLO)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SharingParty.class)
    void a_withdrawal_stops_sharing_with_that_party_from_the_moment_it_is_recorded(SharingParty party) {
        Consent consent = written(change(1, party, Action.WITHDRAWN, WITHDRAWN_AT));
        assertThat(consent.allows(party, WITHDRAWN_AT.minusMillis(1), OSLO)).isTrue();
        assertThat(consent.basis(party, WITHDRAWN_AT, OSLO)).isEqualTo(Basis.WITHDRAWN);
        assertThat(consent.allows(party, WITHDRAWN_AT.plusSeconds(86_400 * 365), OSLO)).isFalse();
        for (SharingParty other : SharingParty.values()) {
            if (other != party) {
                assertThat(consent.basis(other, WITHDRAWN_AT, OSLO)).isEqualTo(Basis.WRITTEN);
            }
        }
        assertThat(consent.writtenAt(WITHDRAWN_AT, OSLO)).isTrue(); // the digital system is not withdrawn
    }

    @ParameterizedTest
    @EnumSource(SharingParty.class)
    void sharing_given_again_allows_it_from_the_moment_it_is_recorded_never_earlier(SharingParty party) {
        Consent consent = written(change(1, party, Action.WITHDRAWN, WITHDRAWN_AT),
                change(2, party, Action.GIVEN, GIVEN_AT));
        assertThat(consent.allows(party, GIVEN_AT.minusMillis(1), OSLO)).isFalse();
        assertThat(consent.basis(party, GIVEN_AT, OSLO)).isEqualTo(Basis.GIVEN_AGAIN);
    }

    @Test
    void changes_recorded_at_the_same_instant_are_ordered_by_their_sequence_and_the_list_order_does_not_matter() {
        Change withdrawn = change(7, SharingParty.GP, Action.WITHDRAWN, WITHDRAWN_AT);
        Change given = change(8, SharingParty.GP, Action.GIVEN, WITHDRAWN_AT);
        assertThat(written(given, withdrawn).basis(SharingParty.GP, WITHDRAWN_AT, OSLO)).isEqualTo(Basis.GIVEN_AGAIN);
        assertThat(written(withdrawn, given).basis(SharingParty.GP, WITHDRAWN_AT, OSLO)).isEqualTo(Basis.GIVEN_AGAIN);
        Change later = change(9, SharingParty.GP, Action.WITHDRAWN, WITHDRAWN_AT);
        assertThat(written(later, given, withdrawn).basis(SharingParty.GP, WITHDRAWN_AT, OSLO))
                .isEqualTo(Basis.WITHDRAWN);
    }

    @Test
    void a_withdrawal_of_the_oral_consent_stops_the_referral_message_too() {
        Consent consent = consent(Optional.empty(),
                change(1, SharingParty.MUNICIPALITY, Action.WITHDRAWN, REFERRED.plusSeconds(60)));
        assertThat(consent.basis(SharingParty.MUNICIPALITY, REFERRED.plusSeconds(60), OSLO)).isEqualTo(Basis.WITHDRAWN);
    }

    @Test
    void a_written_consent_at_a_later_allocation_supersedes_the_changes_recorded_before_its_date() {
        Change old = change(1, SharingParty.HOSPITAL, Action.WITHDRAWN, SIGNED_FROM.minusSeconds(3600));
        assertThat(written(old).basis(SharingParty.HOSPITAL, SIGNED_FROM, OSLO)).isEqualTo(Basis.WRITTEN);
        Change sameDay = change(2, SharingParty.HOSPITAL, Action.WITHDRAWN, SIGNED_FROM.plusSeconds(3600));
        assertThat(written(old, sameDay).basis(SharingParty.HOSPITAL, SIGNED_FROM.plusSeconds(3600), OSLO))
                .isEqualTo(Basis.WITHDRAWN);
    }

    @Test
    void only_sharing_that_is_allowed_can_be_withdrawn() {
        assertThat(written().refusal(SharingParty.HOSPITAL, Action.WITHDRAWN, GIVEN_AT, OSLO)).isEmpty();
        assertThat(Consent.NONE.refusal(SharingParty.HOSPITAL, Action.WITHDRAWN, GIVEN_AT, OSLO)).isPresent();
        Consent withdrawn = written(change(1, SharingParty.HOSPITAL, Action.WITHDRAWN, WITHDRAWN_AT));
        assertThat(withdrawn.refusal(SharingParty.HOSPITAL, Action.WITHDRAWN, GIVEN_AT, OSLO)).get().asString()
                .contains("nothing to withdraw");
        assertThat(consent(Optional.empty()).refusal(SharingParty.MUNICIPALITY, Action.WITHDRAWN, GIVEN_AT, OSLO))
                .isEmpty();
    }

    @Test
    void sharing_can_be_given_again_only_after_a_withdrawal_and_only_under_written_consent_to_the_system() {
        Consent withdrawn = written(change(1, SharingParty.GP, Action.WITHDRAWN, WITHDRAWN_AT));
        assertThat(withdrawn.refusal(SharingParty.GP, Action.GIVEN, GIVEN_AT, OSLO)).isEmpty();
        assertThat(written().refusal(SharingParty.GP, Action.GIVEN, GIVEN_AT, OSLO)).get().asString()
                .contains("allowed already");
        Consent oralWithdrawn = consent(Optional.empty(),
                change(1, SharingParty.MUNICIPALITY, Action.WITHDRAWN, WITHDRAWN_AT));
        assertThat(oralWithdrawn.refusal(SharingParty.MUNICIPALITY, Action.GIVEN, GIVEN_AT, OSLO)).get().asString()
                .contains("written consent");
    }

    @Test
    void only_given_consents_allow() {
        assertThat(List.of(Basis.values()).stream().filter(Basis::allows))
                .containsExactly(Basis.ORAL_REFERRAL, Basis.WRITTEN, Basis.GIVEN_AGAIN);
    }
}
