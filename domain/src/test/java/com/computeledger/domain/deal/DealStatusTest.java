package com.computeledger.domain.deal;

import static com.computeledger.domain.deal.DealFixtures.ANALYST;
import static com.computeledger.domain.deal.DealFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DealStatusTest {

    private static final Set<List<DealStatus>> LEGAL = Set.of(
            List.of(DealStatus.ANNOUNCED, DealStatus.ACTIVE),
            List.of(DealStatus.ANNOUNCED, DealStatus.CANCELLED),
            List.of(DealStatus.ACTIVE, DealStatus.COMPLETED),
            List.of(DealStatus.ACTIVE, DealStatus.CANCELLED));

    static Stream<Arguments> everyPair() {
        return Stream.of(DealStatus.values())
                .flatMap(from -> Stream.of(DealStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void lifecycleAllowsExactlyTheDocumentedMoves(DealStatus from, DealStatus to) {
        assertThat(from.canMoveTo(to)).isEqualTo(LEGAL.contains(List.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void aDealFollowsTheLifecycleOrFailsNamingBothStates(DealStatus from, DealStatus to) {
        Deal deal = dealIn(from);
        if (LEGAL.contains(List.of(from, to))) {
            Deal moved = deal.changeStatus(to, ANALYST, NOW).deal();
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.version()).isEqualTo(deal.version() + 1);
        } else {
            assertThatThrownBy(() -> deal.changeStatus(to, ANALYST, NOW))
                    .isInstanceOfSatisfying(IllegalStatusTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.to()).isEqualTo(to);
                    })
                    .hasMessageContaining("cannot move from " + from + " to " + to);
        }
    }

    private static Deal dealIn(DealStatus status) {
        Deal deal = DealFixtures.recordedAwsDeal();
        return switch (status) {
            case ANNOUNCED -> deal;
            case ACTIVE -> deal.changeStatus(DealStatus.ACTIVE, ANALYST, NOW).deal();
            case COMPLETED -> dealIn(DealStatus.ACTIVE).changeStatus(DealStatus.COMPLETED, ANALYST, NOW).deal();
            case CANCELLED -> deal.changeStatus(DealStatus.CANCELLED, ANALYST, NOW).deal();
        };
    }
}
