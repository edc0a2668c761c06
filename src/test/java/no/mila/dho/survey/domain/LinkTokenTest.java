package no.mila.dho.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void a_token_is_128_random_bits_in_base64url_without_padding() {
        String token = LinkToken.generate(random);
        assertThat(token).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(16);
        assertThat(LinkToken.wellFormed(token)).isTrue();
    }

    @Test
    void tokens_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(LinkToken.generate(random))).isTrue();
        }
    }

    @Test
    void only_the_shape_of_a_token_is_well_formed() {
        assertThat(LinkToken.wellFormed(null)).isFalse();
        assertThat(LinkToken.wellFormed("")).isFalse();
        assertThat(LinkToken.wellFormed("a".repeat(21))).isFalse();
        assertThat(LinkToken.wellFormed("a".repeat(23))).isFalse();
        assertThat(LinkToken.wellFormed("a".repeat(21) + "=")).isFalse();
        assertThat(LinkToken.wellFormed("a".repeat(21) + "/")).isFalse();
    }

    @Test
    void the_hash_is_the_sha_256_of_the_token_and_not_the_token() {
        String token = LinkToken.generate(random);
        assertThat(LinkToken.hash(token)).hasSize(32).isEqualTo(LinkToken.hash(token))
                .isNotEqualTo(LinkToken.hash(LinkToken.generate(random)));
        assertThat(new String(LinkToken.hash(token), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
    }
}
