package no.mila.dho.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    private static final Questionnaire.Option WOMAN = new Questionnaire.Option(UUID.randomUUID(), 1, "Kvinne");
    private static final Questionnaire.Option MAN = new Questionnaire.Option(UUID.randomUUID(), 2, "Mann");
    private static final Questionnaire.Question GENDER = new Questionnaire.Question(UUID.randomUUID(), 1,
            QuestionKind.SINGLE_CHOICE, "Kjønn", List.of(WOMAN, MAN));
    private static final Questionnaire.Question BEST = new Questionnaire.Question(UUID.randomUUID(), 2,
            QuestionKind.FREE_TEXT, "Hva har vært det beste med digital hjemmeoppfølging?", List.of());
    private static final Questionnaire SURVEY = new Questionnaire(UUID.randomUUID(), "Test", List.of(GENDER, BEST));

    private static GivenAnswer choice(UUID question, UUID... options) {
        return new GivenAnswer(question, Arrays.asList(options), null);
    }

    private static GivenAnswer text(UUID question, String text) {
        return new GivenAnswer(question, null, text);
    }

    private static List<AnswerCheck.Violation> violations(GivenAnswer... given) {
        return AnswerCheck.check(SURVEY, Arrays.asList(given)).violations();
    }

    @Test
    void a_choice_and_a_text_are_stored_as_given() {
        AnswerCheck.Result result = AnswerCheck.check(SURVEY, List.of(choice(GENDER.id(), MAN.id()),
                text(BEST.id(), "De ringer når noe er galt")));
        assertThat(result.valid()).isTrue();
        assertThat(result.answers()).containsExactly(Answer.choice(GENDER.id(), MAN.id()),
                Answer.text(BEST.id(), "De ringer når noe er galt"));
    }

    @Test
    void every_question_may_be_left_out_but_one_must_be_answered() {
        assertThat(AnswerCheck.check(SURVEY, List.of(choice(GENDER.id(), WOMAN.id()))).valid()).isTrue();
        assertThat(AnswerCheck.check(SURVEY, List.of()).violations()).extracting(AnswerCheck.Violation::field)
                .containsExactly("answers");
        assertThat(AnswerCheck.check(SURVEY, null).valid()).isFalse();
        assertThat(violations(text(BEST.id(), "  \u0007 "))).as("a text that is empty after cleaning is no answer")
                .extracting(AnswerCheck.Violation::field).containsExactly("answers");
    }

    @Test
    void an_unknown_question_or_option_is_refused_naming_the_field() {
        assertThat(violations(choice(UUID.randomUUID(), WOMAN.id()))).extracting(AnswerCheck.Violation::field)
                .containsExactly("answers[0].questionId");
        assertThat(violations(text(BEST.id(), "fint"), choice(GENDER.id(), UUID.randomUUID())))
                .extracting(AnswerCheck.Violation::field).containsExactly("answers[1].optionIds[0]");
        assertThat(violations(new GivenAnswer(null, null, "x"))).extracting(AnswerCheck.Violation::field)
                .containsExactly("answers[0].questionId");
    }

    @Test
    void an_option_of_another_question_is_not_an_option_of_this_one() {
        Questionnaire.Option other = new Questionnaire.Option(UUID.randomUUID(), 1, "Ja");
        Questionnaire.Question plan = new Questionnaire.Question(UUID.randomUUID(), 3, QuestionKind.SINGLE_CHOICE,
                "Har du en egenbehandlingsplan?", List.of(other));
        Questionnaire survey = new Questionnaire(UUID.randomUUID(), "Test", List.of(GENDER, plan));
        assertThat(AnswerCheck.check(survey, List.of(choice(GENDER.id(), other.id()))).violations())
                .extracting(AnswerCheck.Violation::field).containsExactly("answers[0].optionIds[0]");
    }

    @Test
    void a_single_choice_takes_exactly_one_option_and_no_text() {
        assertThat(violations(choice(GENDER.id(), WOMAN.id(), MAN.id()))).extracting(AnswerCheck.Violation::message)
                .containsExactly("only one option may be chosen");
        assertThat(violations(choice(GENDER.id()))).extracting(AnswerCheck.Violation::message)
                .containsExactly("must name the option chosen");
        assertThat(violations(text(GENDER.id(), "Kvinne"))).extracting(AnswerCheck.Violation::field)
                .containsExactly("answers[0].text");
        assertThat(violations(new GivenAnswer(GENDER.id(), new ArrayList<>(Arrays.asList((UUID) null)), null)))
                .extracting(AnswerCheck.Violation::field).containsExactly("answers[0].optionIds[0]");
    }

    @Test
    void a_question_is_answered_once() {
        assertThat(violations(choice(GENDER.id(), WOMAN.id()), choice(GENDER.id(), MAN.id())))
                .extracting(AnswerCheck.Violation::field, AnswerCheck.Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answers[1].questionId",
                        "is answered more than once"));
    }

    @Test
    void a_free_text_takes_no_option_and_at_most_2000_characters_after_cleaning() {
        assertThat(violations(new GivenAnswer(BEST.id(), List.of(WOMAN.id()), "x")))
                .extracting(AnswerCheck.Violation::field).containsExactly("answers[0].optionIds");
        assertThat(AnswerCheck.check(SURVEY, List.of(text(BEST.id(), "å".repeat(2000)))).valid()).isTrue();
        assertThat(violations(text(BEST.id(), "å".repeat(2001)))).extracting(AnswerCheck.Violation::field)
                .containsExactly("answers[0].text");
        assertThat(AnswerCheck.check(SURVEY, List.of(text(BEST.id(), "\u200b".repeat(50) + "å".repeat(2000))))
                .valid()).as("invisible characters are removed before counting").isTrue();
        assertThat(AnswerCheck.check(SURVEY, List.of(text(BEST.id(), "😀".repeat(2000)))).valid())
                .as("characters, not UTF-16 units").isTrue();
    }

    @Test
    void all_violations_are_named_at_once_and_nothing_is_stored() {
        AnswerCheck.Result result = AnswerCheck.check(SURVEY, List.of(choice(UUID.randomUUID()),
                choice(GENDER.id(), WOMAN.id(), MAN.id()), text(BEST.id(), "x".repeat(3000))));
        assertThat(result.answers()).isEmpty();
        assertThat(result.violations()).extracting(AnswerCheck.Violation::field).containsExactly(
                "answers[0].questionId", "answers[1].optionIds", "answers[2].text");
    }
}
