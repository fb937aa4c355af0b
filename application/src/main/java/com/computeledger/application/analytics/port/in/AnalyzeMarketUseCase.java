package com.computeledger.application.analytics.port.in;

import com.computeledger.domain.analytics.CapacityTimelineReport;
import com.computeledger.domain.analytics.ConcentrationMeasure;
import com.computeledger.domain.analytics.ConcentrationReport;
import com.computeledger.domain.analytics.CustomerExposure;
import com.computeledger.domain.analytics.MergerGuidelines;
import com.computeledger.domain.analytics.TimelineGranularity;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.shared.Require;
import java.time.LocalDate;

/** In-port: the market analyses over stored deals — concentration, customer exposure, capacity timeline. */
public interface AnalyzeMarketUseCase {

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
}
