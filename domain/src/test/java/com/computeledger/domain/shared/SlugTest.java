package com.computeledger.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"aws", "nvidia-gb200", "a", "0", "a-b-c", "x9-0y"})
    void acceptsSlugs(String slug) {
        assertThat(Slug.require(slug, "providerId")).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-aws", "aws-", "a--b", "AWS", "a b", "a_b", "é", "a-", "-"})
    void refusesEverythingElseNamingTheField(String notASlug) {
        assertThatThrownBy(() -> Slug.require(notASlug, "providerId")).hasMessageContaining("providerId");
    }

    @Test
    void refusesASlugLongerThanTheMaximum() {
        assertThat(Slug.require("a".repeat(Slug.MAX_LENGTH), "id")).hasSize(Slug.MAX_LENGTH);
        assertThatThrownBy(() -> Slug.require("a".repeat(Slug.MAX_LENGTH + 1), "id"))
                .hasMessageContaining("at most " + Slug.MAX_LENGTH);
    }

    /** The character-by-character check agrees with the documented pattern on 100,000 seeded strings. */
    @Test
    void theShapeCheckAgreesWithTheDocumentedPattern() {
        Pattern documented = Pattern.compile(Slug.PATTERN);
        String alphabet = "ab09-Z_ ";
        Random random = new Random(20261202);
        int slugs = 0;
        for (int run = 0; run < 100_000; run++) {
            StringBuilder candidate = new StringBuilder();
            for (int length = random.nextInt(7); length > 0; length--) {
                candidate.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = candidate.toString();
            boolean expected = documented.matcher(text).matches();
            slugs += expected ? 1 : 0;
            assertThat(Slug.hasShape(text)).as("'%s'", text).isEqualTo(expected);
        }
        assertThat(slugs).as("the seeded strings include slugs").isGreaterThan(1_000);
    }
}
