package com.computeledger.application.deal.port.in;

import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.shared.Require;
import java.util.Optional;

/** In-port: lists deals, filtered and sorted, one page at a time. */
public interface ListDealsUseCase {

    DealPage list(ListDealsQuery query);

    /** A page request: filter, order, where the last page ended, and how many deals at most. */
    record ListDealsQuery(DealFilter filter, DealSort sort, Optional<DealCursor> after, int limit) {

        public static final int DEFAULT_LIMIT = 20;
        public static final int MAX_LIMIT = 100;

        public ListDealsQuery {
            Require.present(filter, "filter");
            Require.present(sort, "sort");
            Require.present(after, "cursor");
            Require.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
            after.ifPresent(cursor -> Require.that(cursor.sort() == sort, "cursor",
                    "was issued for sort '" + cursor.sort().parameter() + "', not '" + sort.parameter() + "'"));
        }
    }
}
