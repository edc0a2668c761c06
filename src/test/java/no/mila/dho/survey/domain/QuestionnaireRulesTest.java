package no.mila.dho.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import no.mila.dho.survey.domain.QuestionnaireRules.Draft;
import org.junit.jupiter.api.Test;

class QuestionnaireRulesTest {

    private static final Draft GENDER = new Draft(QuestionKind.SINGLE_CHOICE, "Kjønn", List.of("Kvinne", "Mann"));
    private static final Draft BEST = new Draft(QuestionKind.FREE_TEXT, "Hva har vært det beste?", List.of());

    private static List<String> fields(String title, List<Draft> questions) {
        return QuestionnaireRules.check(title, questions).stream().map(AnswerCheck.Violation::field).toList();
    }

    @Test
    void a_questionnaire_of_choices_and_texts_is_accepted() {
        assertThat(fields("Brukerundersøkelse 2026", List.of(GENDER, BEST))).isEmpty();
    }

    @Test
    void title_and_questions_are_required_and_bounded() {
        assertThat(fields(" ", List.of(GENDER))).containsExactly("title");
        assertThat(fields("x".repeat(201), List.of(GENDER))).containsExactly("title");
        assertThat(fields("T", List.of())).containsExactly("questions");
        assertThat(fields("T", Collections.nCopies(51, GENDER))).containsExactly("questions");
        assertThat(fields("T", Collections.nCopies(50, GENDER))).isEmpty();
    }

    @Test
    void a_single_choice_has_two_to_twenty_options_and_a_free_text_none() {
        assertThat(fields("T", List.of(new Draft(QuestionKind.SINGLE_CHOICE, "Q", List.of("Ja")))))
                .containsExactly("questions[0].options");
        assertThat(fields("T", List.of(new Draft(QuestionKind.SINGLE_CHOICE, "Q", Collections.nCopies(21, "o")))))
                .containsExactly("questions[0].options");
        assertThat(fields("T", List.of(GENDER, new Draft(QuestionKind.FREE_TEXT, "Q", List.of("o")))))
                .containsExactly("questions[1].options");
        assertThat(fields("T", List.of(new Draft(null, "Q", List.of())))).containsExactly("questions[0].kind");
    }

    @Test
    void texts_are_one_line_without_control_characters() {
        assertThat(fields("T", List.of(new Draft(QuestionKind.FREE_TEXT, "To\nlinjer", List.of()))))
                .containsExactly("questions[0].text");
        assertThat(fields("T", List.of(new Draft(QuestionKind.SINGLE_CHOICE, "Q", List.of("Ja", "N\u200bei")))))
                .containsExactly("questions[0].options[1]");
        assertThat(fields("T", List.of(new Draft(QuestionKind.FREE_TEXT, "x".repeat(501), List.of()))))
                .containsExactly("questions[0].text");
    }
}
