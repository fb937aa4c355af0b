package com.computeledger.domain.analytics;

import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.math.BigInteger;
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
        List<LocalDate> ends = starts.stream().map(granularity::periodEnd).toList();
        Map<String, GroupRamps> groups = new TreeMap<>();
        for (CapacityRamp ramp : ramps) {
            groups.computeIfAbsent(ramp.group(), GroupRamps::new).add(ramp);
        }
        RampShares shares = RampShares.remembering();
        List<List<GroupCapacity>> online = groups.values().stream().map(group -> group.onlineAt(ends, shares)).toList();
        List<Point> points = new ArrayList<>();
        for (int period = 0; period < starts.size(); period++) {
            int at = period;
            List<GroupCapacity> groupsOnline = online.stream().map(group -> group.get(at)).toList();
            points.add(new Point(starts.get(period), ends.get(period), groupsOnline,
                    groupsOnline.stream().map(GroupCapacity::online).reduce(Gigawatts.ZERO, Gigawatts::plus)));
        }
        return new CapacityTimeline(granularity, points);
    }

    /**
     * One group's ramps, swept once over the period ends in order: a ramp joins when it starts and leaves, its
     * power added to the sum of complete ramps, when it reaches full capacity; only the ramps in between are
     * computed at a period end. So a timeline costs the ramps in progress at each period end, not periods x all
     * ramps. Each is computed in whole kilowatts where that is provably what {@link CapacityRamp#onlineAt} gives
     * ({@link CapacityRamp#rampingKilowatts}), else by {@code onlineAt} itself (its share of each pair of days
     * computed once per timeline); the sums are exact, so neither the order of adding nor the way changes a digit.
     */
    private static final class GroupRamps {
        private final String group;
        private final List<CapacityRamp> ramps = new ArrayList<>();
        private boolean estimated;

        GroupRamps(String group) {
            this.group = group;
        }

        void add(CapacityRamp ramp) {
            ramps.add(ramp);
            estimated |= ramp.estimated();
        }

        /** The power online at the end of each of {@code days}, which are in ascending order. */
        List<GroupCapacity> onlineAt(List<LocalDate> days, RampShares shares) {
            ramps.sort(Comparator.comparing(CapacityRamp::start));
            int count = ramps.size();
            long[] start = new long[count];
            long[] fullBy = new long[count];
            long[] kilowatts = new long[count];
            for (int i = 0; i < count; i++) {
                CapacityRamp ramp = ramps.get(i);
                start[i] = ramp.start().toEpochDay();
                fullBy[i] = ramp.fullBy().toEpochDay();
                BigInteger units = ramp.power().value().unscaledValue();
                kilowatts[i] = units.bitLength() < 63 ? units.longValue() : -1;
            }
            int[] started = new int[count];
            int inProgress = 0;
            int next = 0;
            KilowattSum complete = new KilowattSum();
            List<GroupCapacity> online = new ArrayList<>(days.size());
            for (LocalDate date : days) {
                long day = date.toEpochDay();
                while (next < count && start[next] <= day) {
                    started[inProgress++] = next++;
                }
                KilowattSum ramping = new KilowattSum();
                int kept = 0;
                for (int i = 0; i < inProgress; i++) {
                    int ramp = started[i];
                    if (fullBy[ramp] <= day) {
                        complete.add(kilowatts[ramp], ramps.get(ramp).power());
                    } else {
                        started[kept++] = ramp;
                        if (start[ramp] < day) {
                            long exact = kilowatts[ramp] < 0 ? -1 : CapacityRamp.rampingKilowatts(kilowatts[ramp],
                                    day - start[ramp], fullBy[ramp] - start[ramp]);
                            if (exact >= 0) {
                                ramping.add(exact, null);
                            } else {
                                ramping.add(-1, ramps.get(ramp).onlineAt(date, shares));
                            }
                        }
                    }
                }
                inProgress = kept;
                online.add(new GroupCapacity(group, complete.plus(ramping), estimated));
            }
            return online;
        }
    }

    /** An exact sum of power: whole kilowatts in a long while they fit, the rest in decimal. */
    private static final class KilowattSum {
        private long kilowatts;
        private BigDecimal rest = BigDecimal.ZERO;

        /** Adds {@code kilowatts} when it is not negative, else {@code power}. */
        void add(long kilowatts, Gigawatts power) {
            if (kilowatts < 0) {
                rest = rest.add(power.value());
            } else if (this.kilowatts > Long.MAX_VALUE - kilowatts) {
                rest = rest.add(BigDecimal.valueOf(this.kilowatts, Gigawatts.SCALE));
                this.kilowatts = kilowatts;
            } else {
                this.kilowatts += kilowatts;
            }
        }

        Gigawatts plus(KilowattSum other) {
            return new Gigawatts(rest.add(other.rest).add(BigDecimal.valueOf(kilowatts, Gigawatts.SCALE))
                    .add(BigDecimal.valueOf(other.kilowatts, Gigawatts.SCALE)));
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
