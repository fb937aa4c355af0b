package com.computeledger.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.Gigawatts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CapacityTimelineTest {

    private static final CapacityRamp AWS = new CapacityRamp("aws", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), Gigawatts.of("0.44"), true);

    @Test
    void aRampGrowsLinearlyFromStartToFullCapacity() {
        assertThat(AWS.onlineAt(LocalDate.of(2025, 12, 31))).isEqualTo(Gigawatts.ZERO);
        assertThat(AWS.onlineAt(LocalDate.of(2026, 1, 1))).isEqualTo(Gigawatts.ZERO);
        // 2026-07-02 is day 182 of the 364-day ramp: half of it
        assertThat(AWS.onlineAt(LocalDate.of(2026, 7, 2))).isEqualTo(Gigawatts.of("0.22"));
        assertThat(AWS.onlineAt(LocalDate.of(2026, 12, 31))).isEqualTo(Gigawatts.of("0.44"));
        assertThat(AWS.onlineAt(LocalDate.of(2030, 1, 1))).isEqualTo(Gigawatts.of("0.44"));
    }

    @Test
    void aRampWithoutLengthSwitchesOnAtOnce() {
        CapacityRamp step = new CapacityRamp("x", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1),
                Gigawatts.of("1"), false);
        assertThat(step.onlineAt(LocalDate.of(2026, 2, 28))).isEqualTo(Gigawatts.ZERO);
        assertThat(step.onlineAt(LocalDate.of(2026, 3, 1))).isEqualTo(Gigawatts.of("1"));
    }

    @Test
    void aFullCapacityDateStoredBeforeTheStartSwitchesEverythingOnThen() {
        CapacityRamp backwards = new CapacityRamp("x", LocalDate.of(2027, 6, 1), LocalDate.of(2026, 12, 31),
                Gigawatts.of("2"), false);
        assertThat(backwards.onlineAt(LocalDate.of(2026, 12, 30))).isEqualTo(Gigawatts.ZERO);
        assertThat(backwards.onlineAt(LocalDate.of(2026, 12, 31))).isEqualTo(Gigawatts.of("2"));
    }

    @Test
    void quartersAddUpEveryGroupAtThePeriodEnd() {
        CapacityRamp oracle = new CapacityRamp("oracle", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                Gigawatts.of("1"), false);

        CapacityTimeline timeline = CapacityTimeline.of(List.of(AWS, oracle), LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 12, 31), TimelineGranularity.QUARTER);

        assertThat(timeline.points()).extracting(CapacityTimeline.Point::periodEnd).containsExactly(
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
        assertThat(timeline.points().get(0).total()).isEqualTo(Gigawatts.ZERO);
        assertThat(timeline.points().get(4).total()).isEqualTo(Gigawatts.of("1.44"));
        assertThat(timeline.points().get(4).groups()).extracting(CapacityTimeline.GroupCapacity::group,
                CapacityTimeline.GroupCapacity::estimated).containsExactly(
                org.assertj.core.groups.Tuple.tuple("aws", true), org.assertj.core.groups.Tuple.tuple("oracle", false));
    }

    @Test
    void monthsRunFromTheMonthOfFromToTheMonthOfTo() {
        CapacityTimeline timeline = CapacityTimeline.of(List.of(AWS), LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 3, 5), TimelineGranularity.MONTH);
        assertThat(timeline.points()).extracting(CapacityTimeline.Point::periodStart).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
    }

    @Test
    void kilowattsInIntegersAreWhatTheDecimalFormulaGivesOrNothing() {
        Random random = new Random(7);
        int halves = 0;
        for (int i = 0; i < 200_000; i++) {
            long length = 2 + random.nextInt(i % 2 == 0 ? 400 : 40_000);
            long elapsed = 1 + (long) (random.nextDouble() * (length - 1));
            long kilowatts = i % 3 == 0 ? random.nextInt(1_000) * length / 2
                    : random.nextLong() >>> (1 + random.nextInt(63));
            CapacityRamp ramp = new CapacityRamp("g", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)
                    .plusDays(length), new Gigawatts(BigDecimal.valueOf(kilowatts, Gigawatts.SCALE)), false);
            long exact = CapacityRamp.rampingKilowatts(kilowatts, elapsed, length);
            if (exact >= 0) {
                assertThat(BigDecimal.valueOf(exact, Gigawatts.SCALE)).as("%d kW, %d of %d days", kilowatts,
                        elapsed, length).isEqualTo(ramp.onlineAt(LocalDate.of(2020, 1, 1).plusDays(elapsed)).value());
            } else if (kilowatts < 10_000_000_000_000_000L / length) {
                halves++;
                assertThat(2 * (kilowatts * elapsed % length)).isEqualTo(length);
            }
        }
        assertThat(halves).as("exact halves met, left to the decimal formula").isPositive();
    }

    @Test
    void refusesABackwardOrOverlongPeriod() {
        assertThatThrownBy(() -> CapacityTimeline.of(List.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
                TimelineGranularity.MONTH)).hasMessageStartingWith("from: must not be after 'to'");
        assertThatThrownBy(() -> CapacityTimeline.of(List.of(), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
                TimelineGranularity.MONTH)).hasMessage("to: spans more than 600 periods");
    }

    @Test
    void everyPointIsTheSumOfEveryRampOnlineAtThePeriodEnd() {
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            List<CapacityRamp> ramps = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1500));
                // seeds 21-30: powers up to the long's range in kilowatts and beyond, and sums that overflow it
                BigDecimal power = seed <= 20 ? BigDecimal.valueOf(random.nextInt(5_000_000), 6)
                        : BigDecimal.valueOf(random.nextLong() >>> random.nextInt(64), 6)
                        .multiply(BigDecimal.valueOf(1 + random.nextInt(3)));
                ramps.add(new CapacityRamp("group-" + random.nextInt(5), start,
                        start.plusDays(random.nextInt(600) - 30), new Gigawatts(power), random.nextInt(4) == 0));
            }
            TimelineGranularity granularity = seed % 2 == 0 ? TimelineGranularity.MONTH : TimelineGranularity.QUARTER;
            CapacityTimeline timeline = CapacityTimeline.of(ramps, LocalDate.of(2023, 11, 5),
                    LocalDate.of(2029, 2, 1), granularity);

            for (CapacityTimeline.Point point : timeline.points()) {
                Map<String, CapacityTimeline.GroupCapacity> expected = new TreeMap<>();
                for (CapacityRamp ramp : ramps) {
                    expected.merge(ramp.group(), new CapacityTimeline.GroupCapacity(ramp.group(),
                            ramp.onlineAt(point.periodEnd()), ramp.estimated()), (left, right) ->
                            new CapacityTimeline.GroupCapacity(left.group(), left.online().plus(right.online()),
                                    left.estimated() || right.estimated()));
                }
                assertThat(point.groups()).as("seed %d, %s", seed, point.periodEnd())
                        .containsExactlyElementsOf(expected.values());
                assertThat(point.total()).isEqualTo(expected.values().stream()
                        .map(CapacityTimeline.GroupCapacity::online).reduce(Gigawatts.ZERO, Gigawatts::plus));
            }
        }
    }
}
