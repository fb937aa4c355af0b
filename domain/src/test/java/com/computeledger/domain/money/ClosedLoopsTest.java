package com.computeledger.domain.money;

import static com.computeledger.domain.money.MoneyGraphs.firm;
import static com.computeledger.domain.money.MoneyGraphs.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The loops of the article's market, with exact values, and the search's bound. */
class ClosedLoopsTest {

    private static final Firm ALPHABET = firm("alphabet");
    private static final Firm AMAZON = firm("amazon");
    private static final Firm ANTHROPIC = firm("anthropic");
    private static final Firm COREWEAVE = firm("coreweave");
    private static final Firm MICROSOFT = firm("microsoft");
    private static final Firm NVIDIA = firm("nvidia");
    private static final Firm OPENAI = firm("openai");
    private static final Firm ORACLE = firm("oracle");

    /** The demo data as the graph sees it: OpenAI's four deals, CoreWeave, and the five flows that close loops. */
    static MoneyFlowGraph articleMarket() {
        return MoneyFlowGraph.of(List.of(
                flow(OPENAI, AMAZON, billions("38")),
                flow(OPENAI, MICROSOFT, billions("250")),
                flow(OPENAI, ORACLE, billions("300")),
                flow(OPENAI, ALPHABET, DealValue.undisclosed()),
                flow(OPENAI, COREWEAVE, billions("22.4")),
                flow(NVIDIA, OPENAI, DealValue.range(usd("10"), usd("100"))),
                flow(ORACLE, NVIDIA, billions("40")),
                flow(MICROSOFT, OPENAI, DealValue.range(usd("13"), usd("13.8"))),
                flow(AMAZON, ANTHROPIC, billions("8")),
                flow(ANTHROPIC, AMAZON, DealValue.undisclosed())));
    }

    @Test
    void theArticlesThreeLoopsWithTheMoneyThatCanGoRoundEach() {
        ClosedLoopReport report = ClosedLoops.of(articleMarket(), 100);

        assertThat(report.truncated()).isFalse();
        assertThat(report.loops()).extracting(loop -> loop.firms().stream().map(Firm::id).toList()).containsExactly(
                List.of("amazon", "anthropic"),
                List.of("microsoft", "openai"),
                List.of("nvidia", "openai", "oracle"));
        assertThat(report.loops()).extracting(ClosedLoop::value).containsExactly(
                DealValue.undisclosed(),
                DealValue.range(usd("13"), usd("13.8")),
                DealValue.range(usd("10"), usd("40")));
        assertThat(report.loops().get(2).hops()).extracting(hop -> hop.payer().id() + ">" + hop.payee().id())
                .containsExactly("nvidia>openai", "openai>oracle", "oracle>nvidia");
    }

    @Test
    void theShareOfDisclosedValueThatCirculates() {
        ClosedLoopReport report = ClosedLoops.of(articleMarket(), 100);

        assertThat(report.total()).isEqualTo(new FlowTotal(usd("681.4"), usd("772.2"), 10, 2));
        assertThat(report.circulating()).isEqualTo(new FlowTotal(usd("621"), usd("711.8"), 7, 1));
        assertThat(report.circulatingShareLow()).contains(new BigDecimal("91.14"));
        assertThat(report.circulatingShareHigh()).contains(new BigDecimal("92.18"));
    }

    @Test
    void recordingTheFlowThatClosesALoopMakesItAppear() {
        MoneyFlowGraph withCoreWeaveBuyingChips = MoneyFlowGraph.of(java.util.stream.Stream.concat(
                articleMarket().edges().stream().flatMap(edge -> edge.flows().stream()),
                java.util.stream.Stream.of(flow(COREWEAVE, NVIDIA, billions("6.3")))).toList());

        assertThat(ClosedLoops.of(withCoreWeaveBuyingChips, 100).loops())
                .extracting(loop -> loop.firms().stream().map(Firm::id).toList())
                .contains(List.of("coreweave", "nvidia", "openai"));
    }

    @Test
    void anEmptyGraphHasNoLoopAndNoShare() {
        ClosedLoopReport report = ClosedLoops.of(MoneyFlowGraph.of(List.of()), 1);

        assertThat(report.loops()).isEmpty();
        assertThat(report.circulatingShareLow()).isEqualTo(Optional.empty());
    }

    @Test
    void stopsAtTheLimitAndSaysSo() {
        ClosedLoopReport report = ClosedLoops.of(MoneyGraphs.complete(8), 1000);

        assertThat(report.loops()).hasSize(1000);
        assertThat(report.truncated()).isTrue();
        assertThat(report.circulatingShareLow()).contains(new BigDecimal("100.00"));
    }

    @Test
    void refusesALimitOutsideItsBounds() {
        assertThatThrownBy(() -> ClosedLoops.of(articleMarket(), ClosedLoops.MAX_LIMIT + 1))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> ClosedLoops.of(articleMarket(), 0)).isInstanceOf(InvariantViolationException.class);
    }

    @Test
    void eachFirmsInflowOutflowAndNet() {
        MoneyFlowGraph.FirmBalance openAi = articleMarket().balances().stream()
                .filter(balance -> balance.firm().equals(OPENAI)).findFirst().orElseThrow();

        assertThat(openAi.inflow()).isEqualTo(new FlowTotal(usd("23"), usd("113.8"), 2, 0));
        assertThat(openAi.outflow()).isEqualTo(new FlowTotal(usd("610.4"), usd("610.4"), 5, 1));
        assertThat(openAi.netLow()).isEqualTo(usd("-587.4"));
        assertThat(openAi.netHigh()).isEqualTo(usd("-496.6"));
    }

    private static DealValue billions(String amount) {
        return DealValue.exact(usd(amount));
    }

    private static Money usd(String billions) {
        return Money.usd(new BigDecimal(billions).movePointRight(9));
    }
}
