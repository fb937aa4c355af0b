package com.computeledger.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.InvariantViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One firm across its roles, and which deal customers it stands for. */
class OrganisationTest {

    private static final Organisation OPENAI = new Organisation(new OrganisationId("openai"), "OpenAI",
            Set.of(OrganisationRole.CUSTOMER));

    @Test
    void aCustomerNameMatchesByNameOrIdIgnoringCase() {
        assertThat(OPENAI.matches("openai")).isTrue();
        assertThat(OPENAI.matches(" OPENAI ")).isTrue();
        assertThat(OPENAI.matches("OpenAI Group")).isFalse();
    }

    @Test
    void needsAtLeastOneRoleAndASlugId() {
        assertThatThrownBy(() -> new Organisation(new OrganisationId("x"), "X", Set.of()))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("roles");
        assertThatThrownBy(() -> new OrganisationId("Open AI")).isInstanceOf(InvariantViolationException.class);
    }
}
