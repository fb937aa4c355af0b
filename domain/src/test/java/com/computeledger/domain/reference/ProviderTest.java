package com.computeledger.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.InvariantViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderTest {

    @ParameterizedTest
    @ValueSource(strings = {"aws", "google-cloud", "coreweave2", "a"})
    void acceptsSlugIds(String id) {
        assertThat(new ProviderId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AWS", "aws cloud", "-aws", "aws-", "a--b", "aws_", "élan"})
    void refusesAnythingButSlugs(String id) {
        assertThatThrownBy(() -> new ProviderId(id))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageStartingWith("providerId: ");
    }

    @Test
    void refusesOverlongIds() {
        assertThatThrownBy(() -> new ProviderId("a".repeat(65))).hasMessageContaining("at most 64");
    }

    @Test
    void requiresNameAndKind() {
        assertThat(new Provider(new ProviderId("aws"), " Amazon Web Services ", ProviderKind.HYPERSCALER).name())
                .isEqualTo("Amazon Web Services");
        assertThatThrownBy(() -> new Provider(new ProviderId("aws"), "", ProviderKind.HYPERSCALER))
                .hasMessage("name: must not be blank");
        assertThatThrownBy(() -> new Provider(new ProviderId("aws"), "AWS", null)).hasMessage("kind: is required");
    }
}
