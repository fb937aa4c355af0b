package com.computeledger.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.InvariantViolationException.FieldViolation;
import com.computeledger.domain.shared.Money;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Recording a money flow: the deal's rules for value, dates and sources, its own for the parties. */
class MoneyFlowTest {

    private static final OrganisationId NVIDIA = new OrganisationId("nvidia");
    private static final OrganisationId OPENAI = new OrganisationId("openai");
    private static final Source SOURCE = new Source("Press report", URI.create("https://example.com/a"),
            LocalDate.of(2025, 9, 22));

    @Test
    void anUpToInvestmentIsRecordedAsARangeAtVersionOneWithEveryFieldInItsHistory() {
        MoneyFlowChange recorded = MoneyFlow.record(new MoneyFlowId(UUID.randomUUID()),
                details(NVIDIA, OPENAI, DealValue.range(Money.usd("10000000000"), Money.usd("100000000000")),
                        List.of(SOURCE)), new Actor("desk"), Instant.parse("2025-09-22T10:00:00Z"));

        assertThat(recorded.flow().version()).isEqualTo(1);
        assertThat(recorded.historyEntry().kind()).isEqualTo(DealChangeKind.RECORDED);
        assertThat(recorded.historyEntry().changes()).extracting(change -> change.field() + "=" + change.after().orElse(""))
                .contains("kind=EQUITY_INVESTMENT", "payer=nvidia", "payee=openai",
                        "value=USD 10000000000.00 to 100000000000.00", "valueConfidence=REPORTED");
    }

    @Test
    void namesEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> MoneyFlow.record(new MoneyFlowId(UUID.randomUUID()),
                details(OPENAI, OPENAI, DealValue.range(Money.usd("5"), Money.usd("1")), List.of()),
                Actor.ANONYMOUS, Instant.EPOCH))
                .isInstanceOfSatisfying(InvariantViolationException.class, invalid -> assertThat(invalid.violations())
                        .extracting(FieldViolation::field).containsExactly("payee", "value.high", "sources"));
    }

    @Test
    void theAnnualizedValueNeedsADisclosedValueAndTerm() {
        MoneyFlowDetails fiveYears = new MoneyFlowDetails(MoneyFlowKind.COMPUTE_PURCHASE, OPENAI, NVIDIA,
                LocalDate.of(2025, 1, 1), Term.of(LocalDate.of(2025, 1, 1), 60), DealValue.exact(Money.usd("100")),
                ValueConfidence.CONFIRMED, List.of(SOURCE));

        assertThat(fiveYears.annualizedValue()).contains(DealValue.exact(Money.usd("20")));
        assertThat(details(OPENAI, NVIDIA, DealValue.exact(Money.usd("1")), List.of(SOURCE)).annualizedValue())
                .isEqualTo(Optional.empty());
    }

    private static MoneyFlowDetails details(OrganisationId payer, OrganisationId payee, DealValue value,
                                            List<Source> sources) {
        return new MoneyFlowDetails(MoneyFlowKind.EQUITY_INVESTMENT, payer, payee, LocalDate.of(2025, 9, 22),
                Term.undisclosed(), value, ValueConfidence.REPORTED, sources);
    }
}
