package com.computeledger.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.Gigawatts;
import java.time.LocalDate;
import java.util.List;
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
    void refusesABackwardOrOverlongPeriod() {
        assertThatThrownBy(() -> CapacityTimeline.of(List.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
                TimelineGranularity.MONTH)).hasMessageStartingWith("from: must not be after 'to'");
        assertThatThrownBy(() -> CapacityTimeline.of(List.of(), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
                TimelineGranularity.MONTH)).hasMessage("to: spans more than 600 periods");
    }
}
