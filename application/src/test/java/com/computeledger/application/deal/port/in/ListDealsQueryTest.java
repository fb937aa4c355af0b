package com.computeledger.application.deal.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.deal.DealFilter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListDealsQueryTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, ListDealsQuery.MAX_LIMIT + 1})
    void refusesALimitOutsideTheBounds(int limit) {
        assertThatThrownBy(() -> new ListDealsQuery(DealFilter.ALL, DealSort.DEFAULT, Optional.empty(), limit))
                .hasMessage("limit: must be between 1 and 100");
    }

    @Test
    void acceptsTheBounds() {
        assertThat(new ListDealsQuery(DealFilter.ALL, DealSort.DEFAULT, Optional.empty(), 1).limit()).isEqualTo(1);
        assertThat(new ListDealsQuery(DealFilter.ALL, DealSort.DEFAULT, Optional.empty(), 100).limit()).isEqualTo(100);
    }

    @Test
    void refusesACursorIssuedForAnotherSort() {
        DealCursor cursor = new DealCursor(DealSort.CUSTOMER_ASC, "openai", ArticleDemoData.OPENAI_AWS);
        assertThatThrownBy(() -> new ListDealsQuery(DealFilter.ALL, DealSort.DEFAULT, Optional.of(cursor), 10))
                .hasMessage("cursor: was issued for sort 'customer', not '-announcedOn'");
    }
}
