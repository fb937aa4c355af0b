package com.computeledger.application.analytics.port.in;

import com.computeledger.domain.analytics.BuildOutScenario;
import com.computeledger.domain.analytics.CapacityTimelineReport;
import com.computeledger.domain.analytics.ConcentrationMeasure;
import com.computeledger.domain.analytics.ConcentrationReport;
import com.computeledger.domain.analytics.CustomerExposure;
import com.computeledger.domain.analytics.MergerGuidelines;
import com.computeledger.domain.analytics.PowerEquivalences;
import com.computeledger.domain.analytics.TimelineGranularity;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * In-port: the analyses of the market — concentration, exposure, capacity timeline — and the power equivalences and
 * build-out scenarios (docs/adr/0017).
 */
public interface MarketAnalyticsUseCases {

    /** The market analyses over stored deals — concentration, customer exposure, capacity timeline. */
    ConcentrationReport concentration(ConcentrationQuery query);

    CustomerExposure exposure(ExposureQuery query);

    CapacityTimelineReport capacityTimeline(TimelineQuery query);

    /** Which deals, weighed how, judged by which guidelines. */
    record ConcentrationQuery(DealFilter filter, ConcentrationMeasure measure, MergerGuidelines guidelines) {
        public ConcentrationQuery {
            Require.present(filter, "filter");
            Require.present(measure, "measure");
            Require.present(guidelines, "guidelines");
        }
    }

    /** Whose exposure, over which of its deals (the filter's own customer is ignored). */
    record ExposureQuery(Customer customer, DealFilter filter) {
        public ExposureQuery {
            Require.present(customer, "customer");
            Require.present(filter, "filter");
        }
    }

    /** Which deals, from when to when, per month or quarter, grouped by provider or customer. */
    record TimelineQuery(DealFilter filter, LocalDate from, LocalDate to, TimelineGranularity granularity,
                         TimelineGrouping grouping) {
        public TimelineQuery {
            Require.present(filter, "filter");
            Require.present(from, "from");
            Require.present(to, "to");
            Require.that(!from.isAfter(to), "from", "must not be after 'to' (" + to + ")");
            Require.present(granularity, "granularity");
            Require.present(grouping, "groupBy");
        }
    }

    /** The equivalence factors to use: each override, or the configured default where none is given. */
    PowerEquivalences equivalences(Optional<BigDecimal> homesPerGigawatt, Optional<Money> capexPerGigawatt);

    /** A scenario reaching {@code target} at {@code perWeek}, at the given (or default) factors. */
    BuildOutScenario scenario(Gigawatts target, Gigawatts perWeek, PowerEquivalences equivalences);
}
