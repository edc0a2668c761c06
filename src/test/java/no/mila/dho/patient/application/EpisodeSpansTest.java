package no.mila.dho.patient.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.economics.EconomicsFixtures;
import no.mila.dho.economics.application.RecipientCounts;
import no.mila.dho.economics.application.RecipientsAndTargets;
import no.mila.dho.testsupport.SyntheticIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The episodes' spans as read from the database, with transitions placed by hand in 2031 in a municipality of the
 * test's own (9475): the end and pause days are Oslo dates (a transition at 23:30 UTC in winter, 22:30 UTC in
 * summer, falls on the next day in Oslo), and the counts of {@link RecipientCounts} follow from them.
 */
@QuarkusTest
class EpisodeSpansTest {

    static final String TOWN = "9475";

    @Inject
    EpisodeSpans spans;
    @Inject
    RecipientCounts counts;
    @Inject
    EntityManager em;

    private static UUID paused;
    private static UUID open;

    @BeforeEach
    void data() {
        if (paused != null) {
            return;
        }
        EconomicsFixtures.ensureMunicipality(TOWN, "Spennby", LocalDate.of(2026, 1, 1));
        QuarkusTransaction.requiringNew().run(() -> {
            paused = patient("Pia");
            UUID a = episode(paused, "ENDED", "2031-02-01");
            transition(a, null, "ACTIVE_BASELINE", "2031-02-01T08:00:00Z");
            transition(a, "ACTIVE_BASELINE", "ACTIVE", "2031-02-15T08:00:00Z");
            transition(a, "ACTIVE", "PAUSED", "2031-03-10T23:30:00Z");
            transition(a, "PAUSED", "ACTIVE", "2031-03-20T10:00:00Z");
            transition(a, "ACTIVE", "PAUSED", "2031-04-01T10:00:00Z");
            transition(a, "PAUSED", "ENDED", "2031-04-30T22:30:00Z");
            open = patient("Ole");
            UUID earlier = episode(open, "ENDED", "2030-01-10");
            transition(earlier, null, "ACTIVE_BASELINE", "2030-01-10T08:00:00Z");
            transition(earlier, "ACTIVE_BASELINE", "ENDED", "2030-06-01T08:00:00Z");
            UUID b = episode(open, "ACTIVE_BASELINE", "2031-06-15");
            transition(b, null, "ACTIVE_BASELINE", "2031-06-14T08:00:00Z");
            UUID referred = patient("Rita");
            episode(referred, "REFERRED", null);
        });
    }

    private UUID patient(String name) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO patient (id, national_id, given_name, family_name, birth_date, municipality, created_at,
                                     created_by, updated_at, updated_by)
                VALUES (:id, :nid, :given, 'Spenn', DATE '1950-01-01', :town, now(), 'test', now(), 'test')""")
                .setParameter("id", id).setParameter("nid", SyntheticIds.next()).setParameter("given", name)
                .setParameter("town", TOWN).executeUpdate();
        return id;
    }

    private UUID episode(UUID patient, String state, String start) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO episode (id, patient_id, pathway, state, referral_source, referral_oral_consent,
                                     referred_on, start_date)
                VALUES (:id, :patient, 'COPD', :state, 'GP', TRUE, DATE '2029-12-01', CAST(:start AS DATE))""")
                .setParameter("id", id).setParameter("patient", patient).setParameter("state", state)
                .setParameter("start", start == null ? null : LocalDate.parse(start)).executeUpdate();
        return id;
    }

    private void transition(UUID episode, String from, String to, String at) {
        em.createNativeQuery("""
                INSERT INTO episode_transition (episode_id, from_state, to_state, at, actor_subject, actor_name,
                                                actor_role)
                VALUES (:episode, CAST(:from AS VARCHAR), :to, :at, 'test', 'Test', 'nurse')""")
                .setParameter("episode", episode).setParameter("from", from).setParameter("to", to)
                .setParameter("at", Instant.parse(at)).executeUpdate();
    }

    @Test
    void the_spans_carry_oslo_end_and_pause_days_and_leave_out_what_was_not_followed_in_the_range() {
        List<EpisodeSpans.Span> found = spans.between(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31),
                Optional.of(TOWN));
        assertThat(found).hasSize(2);
        EpisodeSpans.Span a = found.stream().filter(s -> s.patientId().equals(paused)).findFirst().orElseThrow();
        assertThat(a.municipality()).isEqualTo(TOWN);
        assertThat(a.pathway()).isEqualTo("COPD");
        assertThat(a.firstDay()).isEqualTo(LocalDate.of(2031, 2, 1));
        assertThat(a.lastDay()).contains(LocalDate.of(2031, 5, 1));
        assertThat(a.pauses()).containsExactly(
                new EpisodeSpans.Pause(LocalDate.of(2031, 3, 11), Optional.of(LocalDate.of(2031, 3, 20))),
                new EpisodeSpans.Pause(LocalDate.of(2031, 4, 1), Optional.of(LocalDate.of(2031, 5, 1))));
        EpisodeSpans.Span b = found.stream().filter(s -> s.patientId().equals(open)).findFirst().orElseThrow();
        assertThat(b.firstDay()).isEqualTo(LocalDate.of(2031, 6, 15));
        assertThat(b.lastDay()).isEmpty();
        assertThat(b.pauses()).isEmpty();
        assertThat(spans.between(LocalDate.of(2031, 5, 2), LocalDate.of(2031, 6, 14), Optional.of(TOWN))).isEmpty();
        assertThat(spans.between(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), Optional.of(TOWN)))
                .extracting(EpisodeSpans.Span::patientId).containsExactly(open);
    }

    @Test
    void the_counts_of_the_year_follow_from_the_spans() {
        List<RecipientsAndTargets.MunicipalityMonth> mine = counts.ofYear(2031).stream()
                .filter(m -> m.municipality().equals(TOWN)).toList();
        assertThat(mine).hasSize(12);
        assertThat(mine).extracting(RecipientsAndTargets.MunicipalityMonth::recipients)
                .containsExactly(0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(mine.get(4).month()).isEqualTo(YearMonth.of(2031, 5));
        assertThat(counts.patients(TOWN, YearMonth.of(2031, 5))).singleElement()
                .satisfies(p -> {
                    assertThat(p.patientId()).isEqualTo(paused);
                    assertThat(p.name()).isEqualTo("Pia Spenn");
                    assertThat(p.followedTo()).contains(LocalDate.of(2031, 5, 1));
                });
    }
}
