package no.mila.dho.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    @Test
    void a_municipality_with_five_answers_is_shown_and_one_with_four_is_not() {
        assertThat(Disclosure.shownMunicipalities(Map.of("3209", 5L, "3228", 5L))).containsExactlyInAnyOrder("3209",
                "3228");
        assertThat(Disclosure.shownMunicipalities(Map.of("3209", 4L, "3228", 6L, "3238", 7L)))
                .as("3228 is hidden too, or total less 3238 would give 3209's four").containsExactly("3238");
    }

    @Test
    void the_overall_results_need_five_answers_in_all() {
        assertThat(Disclosure.overallShown(4)).isFalse();
        assertThat(Disclosure.overallShown(5)).isTrue();
        assertThat(Disclosure.shownMunicipalities(Map.of("3209", 4L))).isEmpty();
    }

    @Test
    void no_answers_in_a_municipality_needs_no_second_suppression() {
        assertThat(Disclosure.shownMunicipalities(Map.of("3209", 0L, "3228", 5L, "3238", 9L)))
                .containsExactlyInAnyOrder("3228", "3238");
    }

    @Test
    void hidden_municipalities_with_five_together_need_no_second_suppression() {
        assertThat(Disclosure.shownMunicipalities(Map.of("3209", 3L, "3228", 2L, "3238", 9L))).containsExactly("3238");
    }

    @Test
    void the_second_suppression_hides_the_smallest_shown_then_the_lowest_number() {
        assertThat(Disclosure.shownMunicipalities(Map.of("3209", 1L, "3228", 6L, "3238", 6L, "3240", 20L)))
                .containsExactlyInAnyOrder("3238", "3240");
    }

    @Test
    void the_notes_are_norwegian_and_name_the_rule() {
        assertThat(Disclosure.reasonHidden(4)).startsWith("Færre enn 5 har svart i kommunen");
        assertThat(Disclosure.reasonHidden(6)).contains("sammen med totalen");
        assertThat(Disclosure.reasonOverallHidden()).startsWith("Færre enn 5 har svart i alt");
    }

    /** What must never happen: a shown figure of fewer than 5, or hidden ones that total less gives as 1-4. */
    @Property(tries = 2000)
    void no_shown_result_and_no_difference_counts_fewer_than_five(
            @ForAll @Size(max = 6) Map<@IntRange(min = 1000, max = 1010) Integer, @IntRange(max = 12) Integer> given) {
        Map<String, Long> answers = new HashMap<>();
        given.forEach((m, n) -> answers.put(String.valueOf(m), n.longValue()));
        Set<String> shown = Disclosure.shownMunicipalities(answers);
        long total = answers.values().stream().mapToLong(Long::longValue).sum();
        long hidden = total - shown.stream().mapToLong(answers::get).sum();
        assertThat(shown).allSatisfy(m -> assertThat(answers.get(m)).isGreaterThanOrEqualTo(5));
        if (Disclosure.overallShown(total)) {
            assertThat(hidden).as("hidden together: " + answers + " shown " + shown).satisfiesAnyOf(
                    h -> assertThat(h).isZero(), h -> assertThat(h).isGreaterThanOrEqualTo(5));
        } else {
            assertThat(shown).isEmpty();
        }
    }

    /** The rule hides no more than it must: at most one municipality of five or more answers. */
    @Property(tries = 1000)
    void at_most_one_municipality_of_five_or_more_is_hidden(
            @ForAll @Size(max = 6) Map<@IntRange(min = 1000, max = 1010) Integer, @IntRange(max = 12) Integer> given) {
        Map<String, Long> answers = new HashMap<>();
        given.forEach((m, n) -> answers.put(String.valueOf(m), n.longValue()));
        Set<String> shown = Disclosure.shownMunicipalities(answers);
        long eligible = answers.values().stream().filter(n -> n >= 5).count();
        if (Disclosure.overallShown(answers.values().stream().mapToLong(Long::longValue).sum())) {
            assertThat(eligible - shown.size()).isBetween(0L, 1L);
        }
    }
}
