package com.computeledger.application.analytics.service;

import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases;
import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.domain.analytics.BuildOutScenario;
import com.computeledger.domain.analytics.CapacityTimeline;
import com.computeledger.domain.analytics.CapacityTimelineReport;
import com.computeledger.domain.analytics.ConcentrationReport;
import com.computeledger.domain.analytics.CustomerExposure;
import com.computeledger.domain.analytics.PowerEquivalences;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;

/** Implements the analyses: the statistics port sums in storage, the domain computes, one read transaction each. */
public final class MarketAnalyticsService implements MarketAnalyticsUseCases {

    private final MarketStatistics statistics;
    private final UnitOfWork unitOfWork;
    private final PowerEquivalences defaults;

    public MarketAnalyticsService(MarketStatistics statistics, UnitOfWork unitOfWork, PowerEquivalences defaults) {
        this.statistics = statistics;
        this.unitOfWork = unitOfWork;
        this.defaults = defaults;
    }

    @Override
    public ConcentrationReport concentration(ConcentrationQuery query) {
        return unitOfWork.inTransaction(() -> switch (query.measure()) {
            case VALUE -> ConcentrationReport.byValue(statistics.valueByProvider(query.filter()), query.guidelines());
            case POWER -> ConcentrationReport.byPower(statistics.powerByProvider(query.filter()), query.guidelines());
        });
    }

    @Override
    public CustomerExposure exposure(ExposureQuery query) {
        DealFilter filter = query.filter();
        DealFilter customerFilter = new DealFilter(filter.providerId(), Optional.of(query.customer()),
                filter.statuses(), filter.announcedFrom(), filter.announcedTo());
        return unitOfWork.inTransaction(() ->
                CustomerExposure.of(query.customer(), statistics.commitmentsByProvider(customerFilter)));
    }

    @Override
    public CapacityTimelineReport capacityTimeline(TimelineQuery query) {
        return unitOfWork.inTransaction(() -> new CapacityTimelineReport(query.grouping(),
                CapacityTimeline.of(statistics.capacityRamps(query.filter(), query.grouping()), query.from(),
                        query.to(), query.granularity()),
                statistics.commitmentsWithoutRamp(query.filter())));
    }

    @Override
    public PowerEquivalences equivalences(Optional<BigDecimal> homesPerGigawatt, Optional<Money> capexPerGigawatt) {
        return new PowerEquivalences(homesPerGigawatt.orElse(defaults.homesPerGigawatt()),
                capexPerGigawatt.orElse(defaults.capexPerGigawatt()));
    }

    @Override
    public BuildOutScenario scenario(Gigawatts target, Gigawatts perWeek, PowerEquivalences equivalences) {
        return new BuildOutScenario(target, perWeek, equivalences);
    }
}
