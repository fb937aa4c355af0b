package com.computeledger.domain.analytics;

import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = granularity.periodStart(from); !start.isAfter(to);
             start = granularity.nextPeriodStart(start)) {
            Require.that(starts.size() < MAX_PERIODS, "to", "spans more than " + MAX_PERIODS + " periods");
            starts.add(start);
        }
        Map<String, GroupRamps> groups = new TreeMap<>();
        for (CapacityRamp ramp : ramps) {
            groups.computeIfAbsent(ramp.group(), GroupRamps::new).add(ramp);
        }
        groups.values().forEach(GroupRamps::sortByFullCapacity);
        List<Point> points = new ArrayList<>();
        for (LocalDate start : starts) {
            LocalDate end = granularity.periodEnd(start);
            List<GroupCapacity> online = groups.values().stream().map(group -> group.onlineAt(end)).toList();
            points.add(new Point(start, end, online,
                    online.stream().map(GroupCapacity::online).reduce(Gigawatts.ZERO, Gigawatts::plus)));
        }
        return new CapacityTimeline(granularity, points);
    }

    /**
     * One group's ramps sorted by full-capacity date, with the running sum of their power: the ramps complete
     * by a day add up from that sum, only those still ramping are computed one by one ({@link
     * CapacityRamp#onlineAt}), so a timeline costs periods x ramps in progress, not periods x all ramps.
     */
    private static final class GroupRamps {
        private final String group;
        private final List<CapacityRamp> ramps = new ArrayList<>();
        private boolean estimated;
        private Gigawatts[] completeBefore;

        GroupRamps(String group) {
            this.group = group;
        }

        void add(CapacityRamp ramp) {
            ramps.add(ramp);
            estimated |= ramp.estimated();
        }

        void sortByFullCapacity() {
            ramps.sort(Comparator.comparing(CapacityRamp::fullBy));
            completeBefore = new Gigawatts[ramps.size() + 1];
            completeBefore[0] = Gigawatts.ZERO;
            for (int i = 0; i < ramps.size(); i++) {
                completeBefore[i + 1] = completeBefore[i].plus(ramps.get(i).power());
            }
        }

        /** The power online at the end of {@code day}: every complete ramp, plus each one in progress. */
        GroupCapacity onlineAt(LocalDate day) {
            int complete = 0;
            int high = ramps.size();
            while (complete < high) {
                int middle = (complete + high) >>> 1;
                if (ramps.get(middle).fullBy().isAfter(day)) {
                    high = middle;
                } else {
                    complete = middle + 1;
                }
            }
            Gigawatts online = completeBefore[complete];
            for (int i = complete; i < ramps.size(); i++) {
                if (ramps.get(i).start().isBefore(day)) {
                    online = online.plus(ramps.get(i).onlineAt(day));
                }
            }
            return new GroupCapacity(group, online, estimated);
        }
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
