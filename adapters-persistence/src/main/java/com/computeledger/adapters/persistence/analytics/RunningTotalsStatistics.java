package com.computeledger.adapters.persistence.analytics;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.deal.DealFilterSql;
import com.computeledger.domain.analytics.ProviderPowerTotals;
import com.computeledger.domain.analytics.ProviderValueTotals;
import com.computeledger.domain.deal.DealFilter;
import java.util.List;

/**
 * An optimisation of the plain {@link JdbiMarketStatistics}: market-wide value and power questions (filters on
 * provider and status only) read the running {@link ProviderTotals}, a few dozen rows, instead of summing every
 * deal (docs/adr/0009). Every other question goes to the plain queries it extends.
 */
public final class RunningTotalsStatistics extends JdbiMarketStatistics {

    public RunningTotalsStatistics(JdbiUnitOfWork unitOfWork) {
        super(unitOfWork);
    }

    @Override
    public List<ProviderValueTotals> valueByProvider(DealFilter filter) {
        if (!answeredByTotals(filter)) {
            return super.valueByProvider(filter);
        }
        DealFilterSql sql = DealFilterSql.of(filter);
        return list(sql, "select d.provider_id, sum(d.deals) as deals, sum(d.undisclosed_deals) as undisclosed,"
                + " sum(d.low_total) as low_total, sum(d.high_total) as high_total from provider_totals d"
                + sql.where() + " group by d.provider_id having sum(d.deals) > 0 order by d.provider_id", VALUE_TOTALS);
    }

    @Override
    public List<ProviderPowerTotals> powerByProvider(DealFilter filter) {
        if (!answeredByTotals(filter)) {
            return super.powerByProvider(filter);
        }
        DealFilterSql sql = DealFilterSql.of(filter);
        return list(sql, "select d.provider_id, sum(d.commitments) as commitments,"
                + " sum(d.commitments_without_power) as without_power, sum(d.stated_gigawatts) as stated,"
                + " sum(d.estimated_gigawatts) as estimated from provider_totals d" + sql.where()
                + " group by d.provider_id having sum(d.commitments) > 0 order by d.provider_id", POWER_TOTALS);
    }

    /** Whether the running totals can answer {@code filter}: they know provider and status, not customer or date. */
    private static boolean answeredByTotals(DealFilter filter) {
        return filter.customer().isEmpty() && filter.announcedFrom().isEmpty() && filter.announcedTo().isEmpty();
    }
}
