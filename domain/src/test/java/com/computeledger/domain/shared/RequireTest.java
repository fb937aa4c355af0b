package com.computeledger.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    void textIsTrimmedAndKeptExactlyInAnyScript() {
        assertThat(Require.text("  OpenAI ", "customer", 10)).isEqualTo("OpenAI");
        assertThat(Require.text("مايكروسوفت", "customer", 10)).isEqualTo("مايكروسوفت");
        assertThat(Require.text("微软", "customer", 2)).isEqualTo("微软");
    }

    @Test
    void textRefusesNullBlankTooLongAndControlCharacters() {
        assertThatThrownBy(() -> Require.text(null, "customer", 10)).hasMessage("customer: is required");
        assertThatThrownBy(() -> Require.text("  ", "customer", 10)).hasMessage("customer: must not be blank");
        assertThatThrownBy(() -> Require.text("abcdef", "customer", 5)).hasMessage("customer: must be at most 5 characters");
        assertThatThrownBy(() -> Require.text("a\u0000b", "customer", 5)).hasMessageContaining("control characters");
        assertThatThrownBy(() -> Require.text("a\nb", "customer", 5)).hasMessageContaining("control characters");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE80";
        assertThat(Require.text(emoji.repeat(3), "name", 3)).hasSize(6);
    }

    @Test
    void collectionsAreFreeOfNulls() {
        assertThat(Require.noNulls(List.of(1, 2, 3), "sources")).hasSize(3);
        assertThatThrownBy(() -> Require.noNulls(Arrays.asList(1, null), "sources"))
                .hasMessage("sources: must not contain null entries");
    }

    @Test
    void textRefusesWhatSomeClientsCannotRead() {
        assertThatThrownBy(() -> Require.text("a\uD800b", "name", 5)).hasMessageContaining("unpaired surrogates");
        assertThatThrownBy(() -> Require.text("a\uDFFF", "name", 5)).hasMessageContaining("unpaired surrogates");
        for (char bidi : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067',
                '\u2068', '\u2069'}) {
            assertThatThrownBy(() -> Require.text("a" + bidi + "b", "name", 5)).hasMessageContaining("bidirectional");
        }
        assertThat(Require.text("\uD83D\uDE80\u200F", "name", 5)).as("a paired emoji and a plain RLM mark are fine")
                .hasSize(3);
    }

    @Test
    void violationsExposeFieldAndReason() {
        InvariantViolationException violation = new InvariantViolationException("term.durationMonths", "must be at least 1 month");
        assertThat(violation.field()).isEqualTo("term.durationMonths");
        assertThat(violation.reason()).isEqualTo("must be at least 1 month");
        assertThat(violation.getStackTrace()).isEmpty();
    }
}
