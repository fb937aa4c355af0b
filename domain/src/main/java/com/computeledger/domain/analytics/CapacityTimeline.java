package com.computeledger.domain.analytics;

import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gigawatts online at the end of each period between two dates, per group and in total, from a set of
 * linear ramps. A group's point is marked estimated when any power in it was derived from a chip count.
 */
public record CapacityTimeline(TimelineGranularity granularity, List<Point> points) {

    /** Longest timeline served: fifty years of months. */
    public static final int MAX_PERIODS = 600;

    public CapacityTimeline {
        points = List.copyOf(points);
    }

    public static CapacityTimeline of(List<CapacityRamp> ramps, LocalDate from, LocalDate to,
                                      TimelineGranularity granularity) {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(granularity, "granularity");
        Require.that(!from.isAfter(to), "from", "must not be after 'to' (" + to + ")");
        List<Point> points = new ArrayList<>();
        for (LocalDate start = granularity.periodStart(from); !start.isAfter(to);
             start = granularity.nextPeriodStart(start)) {
            Require.that(points.size() < MAX_PERIODS, "to", "spans more than " + MAX_PERIODS + " periods");
            points.add(pointAt(ramps, start, granularity.periodEnd(start)));
        }
        return new CapacityTimeline(granularity, points);
    }

    private static Point pointAt(List<CapacityRamp> ramps, LocalDate periodStart, LocalDate periodEnd) {
        Map<String, GroupCapacity> groups = new TreeMap<>();
        for (CapacityRamp ramp : ramps) {
            groups.merge(ramp.group(), new GroupCapacity(ramp.group(), ramp.onlineAt(periodEnd), ramp.estimated()),
                    GroupCapacity::plus);
        }
        Gigawatts total = groups.values().stream().map(GroupCapacity::online).reduce(Gigawatts.ZERO, Gigawatts::plus);
        return new Point(periodStart, periodEnd, List.copyOf(groups.values()), total);
    }

    /** The capacity online at the end of one period. */
    public record Point(LocalDate periodStart, LocalDate periodEnd, List<GroupCapacity> groups, Gigawatts total) {

        public Point {
            groups = List.copyOf(groups);
        }
    }

    /** One group's capacity online at the end of a period. */
    public record GroupCapacity(String group, Gigawatts online, boolean estimated) {

        GroupCapacity plus(GroupCapacity other) {
            return new GroupCapacity(group, online.plus(other.online), estimated || other.estimated);
        }
    }
}
