package no.mila.dho.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void control_and_invisible_characters_go_line_breaks_and_tabs_stay() {
        assertThat(FreeText.clean(" Bra\u0000 som\u0007 det\r\n er\u007f\u0085\u200b\u202e\tnå ")).isEqualTo(
                "Bra som det\n er\tnå");
        assertThat(FreeText.clean("Fortsette med den personlige kontakt")).isEqualTo(
                "Fortsette med den personlige kontakt");
    }

    @Test
    void the_limit_counts_characters() {
        assertThat(FreeText.tooLong("æ".repeat(2000))).isFalse();
        assertThat(FreeText.tooLong("æ".repeat(2001))).isTrue();
        assertThat(FreeText.tooLong("😀".repeat(2000))).isFalse();
    }

    @Property
    void a_cleaned_text_has_no_control_character_but_line_feed_and_tab(@ForAll String text) {
        String cleaned = FreeText.clean(text);
        assertThat(cleaned.codePoints().filter(c -> Character.getType(c) == Character.CONTROL)
                .allMatch(c -> c == '\n' || c == '\t')).isTrue();
        assertThat(FreeText.clean(cleaned)).isEqualTo(cleaned);
    }
}
