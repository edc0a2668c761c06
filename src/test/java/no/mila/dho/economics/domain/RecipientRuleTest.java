package no.mila.dho.economics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RecipientRuleTest {

    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final RecipientRule PAUSED_NOT_COUNTED = new RecipientRule(false, 1);

    private static LocalDate march(int day) {
        return LocalDate.of(2027, 3, day);
    }

    private static FollowedSpan span(String patient, LocalDate first, LocalDate last, FollowedSpan.Pause... pauses) {
        return new FollowedSpan(patient, "3209", first, Optional.ofNullable(last), List.of(pauses));
    }

    private static FollowedSpan.Pause pause(LocalDate from, LocalDate until) {
        return new FollowedSpan.Pause(from, Optional.ofNullable(until));
    }

    @Test
    void the_defaults_count_paused_patients_and_one_day() {
        assertThat(RecipientRule.DEFAULT).isEqualTo(new RecipientRule(true, 1));
        assertThat(RecipientRule.DEFAULT.countedStates()).containsExactly("ACTIVE_BASELINE", "ACTIVE", "PAUSED");
        assertThat(PAUSED_NOT_COUNTED.countedStates()).containsExactly("ACTIVE_BASELINE", "ACTIVE");
    }

    @Test
    void minimum_days_is_1_to_31() {
        assertThatThrownBy(() -> new RecipientRule(true, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecipientRule(true, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RecipientRule(true, 31).minimumDays()).isEqualTo(31);
    }

    @Test
    void an_open_episode_is_followed_from_its_first_day_to_the_end_of_the_month() {
        assertThat(RecipientRule.DEFAULT.followedDays(span("a", march(30), null), MARCH))
                .containsExactly(march(30), march(31));
        assertThat(RecipientRule.DEFAULT.followedDays(span("a", LocalDate.of(2027, 1, 5), null), MARCH)).hasSize(31);
    }

    @Test
    void the_first_and_the_last_day_count_both() {
        assertThat(RecipientRule.DEFAULT.followedDays(span("a", march(10), march(12)), MARCH))
                .containsExactly(march(10), march(11), march(12));
        assertThat(RecipientRule.DEFAULT.followedDays(span("a", march(10), march(10)), MARCH))
                .containsExactly(march(10));
    }

    @Test
    void an_episode_ended_on_the_first_of_the_month_counts_that_month_and_one_starting_the_next_month_does_not() {
        assertThat(RecipientRule.DEFAULT.counts(List.of(span("a", LocalDate.of(2027, 2, 1), march(1))), MARCH))
                .isTrue();
        assertThat(RecipientRule.DEFAULT.counts(List.of(span("a", LocalDate.of(2027, 4, 1), null)), MARCH)).isFalse();
        assertThat(RecipientRule.DEFAULT.counts(List.of(span("a", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 28))), MARCH)).isFalse();
    }

    @Test
    void an_episode_ended_before_its_start_day_was_never_followed() {
        assertThat(RecipientRule.DEFAULT.followedDays(span("a", march(10), march(9)), MARCH)).isEmpty();
    }

    @Test
    void paused_days_count_by_default() {
        FollowedSpan paused = span("a", LocalDate.of(2027, 1, 1), null, pause(LocalDate.of(2027, 2, 20), null));
        assertThat(RecipientRule.DEFAULT.followedDays(paused, MARCH)).hasSize(31);
        assertThat(RecipientRule.DEFAULT.counts(List.of(paused), MARCH)).isTrue();
    }

    @Test
    void without_paused_days_the_days_paused_all_day_are_left_out_but_not_the_days_of_the_change() {
        FollowedSpan paused = span("a", LocalDate.of(2027, 1, 1), null, pause(march(10), march(20)));
        Set<LocalDate> days = PAUSED_NOT_COUNTED.followedDays(paused, MARCH);
        assertThat(days).hasSize(31 - 9).contains(march(10), march(20)).doesNotContain(march(11), march(19));
    }

    @Test
    void a_patient_paused_the_whole_month_does_not_count_when_paused_days_do_not() {
        FollowedSpan paused = span("a", LocalDate.of(2027, 1, 1), null, pause(LocalDate.of(2027, 2, 20), null));
        assertThat(PAUSED_NOT_COUNTED.counts(List.of(paused), MARCH)).isFalse();
        FollowedSpan resumedInApril = span("a", LocalDate.of(2027, 1, 1), null,
                pause(LocalDate.of(2027, 2, 20), LocalDate.of(2027, 4, 2)));
        assertThat(PAUSED_NOT_COUNTED.counts(List.of(resumedInApril), MARCH)).isFalse();
    }

    @Test
    void paused_and_resumed_the_same_day_loses_no_day() {
        FollowedSpan paused = span("a", march(1), null, pause(march(5), march(5)), pause(march(6), march(7)));
        assertThat(PAUSED_NOT_COUNTED.followedDays(paused, MARCH)).hasSize(31);
    }

    @Test
    void ended_while_paused_the_end_day_is_the_last_followed_day() {
        FollowedSpan paused = span("a", LocalDate.of(2027, 1, 1), march(15), pause(march(10), march(15)));
        assertThat(PAUSED_NOT_COUNTED.followedDays(paused, MARCH)).hasSize(11).contains(march(10), march(15))
                .doesNotContain(march(12));
    }

    @Test
    void minimum_days_needs_that_many_followed_days_in_the_month() {
        RecipientRule fifteen = new RecipientRule(true, 15);
        assertThat(fifteen.counts(List.of(span("a", march(17), null)), MARCH)).isTrue();
        assertThat(fifteen.counts(List.of(span("a", march(18), null)), MARCH)).isFalse();
    }

    @Test
    void two_episodes_of_a_patient_are_taken_together_and_count_once() {
        RecipientRule ten = new RecipientRule(true, 10);
        List<FollowedSpan> two = List.of(span("a", march(1), march(5)), span("a", march(25), null));
        assertThat(ten.counts(two, MARCH)).isTrue();
        assertThat(ten.counts(List.of(two.get(0)), MARCH)).isFalse();
        assertThat(RecipientRule.DEFAULT.recipients(two, MARCH, MARCH))
                .isEqualTo(Map.of("3209", Map.of(MARCH, Set.of("a"))));
    }

    @Test
    void overlapping_days_of_two_episodes_are_counted_once() {
        RecipientRule six = new RecipientRule(true, 6);
        assertThat(six.counts(List.of(span("a", march(1), march(5)), span("a", march(3), march(5))), MARCH)).isFalse();
    }

    @Test
    void recipients_are_per_municipality_and_month_and_months_with_none_are_absent() {
        List<FollowedSpan> spans = List.of(span("a", LocalDate.of(2027, 1, 15), march(3)),
                new FollowedSpan("b", "3228", LocalDate.of(2027, 2, 1), Optional.empty(), List.of()),
                span("c", march(31), null));
        Map<String, Map<YearMonth, Set<String>>> counted = RecipientRule.DEFAULT.recipients(spans,
                YearMonth.of(2027, 1), YearMonth.of(2027, 4));
        assertThat(counted.get("3209")).isEqualTo(Map.of(YearMonth.of(2027, 1), Set.of("a"),
                YearMonth.of(2027, 2), Set.of("a"), MARCH, Set.of("a", "c"), YearMonth.of(2027, 4), Set.of("c")));
        assertThat(counted.get("3228")).containsOnlyKeys(YearMonth.of(2027, 2), MARCH, YearMonth.of(2027, 4));
        assertThat(RecipientRule.DEFAULT.recipients(List.of(), MARCH, MARCH)).isEmpty();
    }

    @Property
    void followed_days_are_within_the_month_and_the_episode_and_fewer_without_pauses(
            @ForAll @IntRange(min = 0, max = 120) int startOffset, @ForAll @IntRange(min = 0, max = 120) int length,
            @ForAll @IntRange(min = 0, max = 120) int pauseOffset, @ForAll @IntRange(min = 0, max = 40) int pauseLength,
            @ForAll boolean open) {
        LocalDate first = LocalDate.of(2027, 1, 1).plusDays(startOffset);
        LocalDate last = first.plusDays(length);
        LocalDate pausedOn = first.plusDays(pauseOffset);
        FollowedSpan span = span("p", first, open ? null : last, pause(pausedOn, pausedOn.plusDays(pauseLength)));
        for (YearMonth month = YearMonth.of(2027, 1); !month.isAfter(YearMonth.of(2027, 8)); month = month.plusMonths(1)) {
            Set<LocalDate> all = RecipientRule.DEFAULT.followedDays(span, month);
            Set<LocalDate> withoutPauses = PAUSED_NOT_COUNTED.followedDays(span, month);
            assertThat(all).containsAll(withoutPauses);
            for (LocalDate day : all) {
                assertThat(YearMonth.from(day)).isEqualTo(month);
                assertThat(day).isAfterOrEqualTo(first);
                if (!open) {
                    assertThat(day).isBeforeOrEqualTo(last);
                }
            }
            List<Integer> minimums = new ArrayList<>(List.of(1, 2, 10, 31));
            for (int minimum : minimums) {
                assertThat(new RecipientRule(true, minimum).counts(List.of(span), month))
                        .isEqualTo(all.size() >= minimum);
                assertThat(new RecipientRule(false, minimum).counts(List.of(span), month))
                        .isEqualTo(withoutPauses.size() >= minimum);
            }
        }
    }
}
