package com.computeledger.adapters.persistence.analytics;

import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.shared.Gigawatts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Capacity ramps per customer, start and full-capacity date, summed exactly, each customer labelled with one
 * spelling (the least in {@link String#compareTo} order among those of its deals that ramp) however many its deals
 * use, so that a timeline never shows one customer as two groups.
 */
final class CustomerRampSums {

    private final Map<String, String> labels = new HashMap<>();
    private final Map<RampKey, BigDecimal[]> sums = new HashMap<>();

    /** Adds stated and estimated gigawatts (either may be zero) to a customer's ramp, spelled {@code spelling}. */
    void add(String customerKey, String spelling, LocalDate start, LocalDate fullBy, BigDecimal stated,
             BigDecimal estimated) {
        labels.merge(customerKey, spelling, (kept, offered) -> kept.compareTo(offered) <= 0 ? kept : offered);
        BigDecimal[] sum = sums.computeIfAbsent(new RampKey(customerKey, start, fullBy),
                key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(stated);
        sum[1] = sum[1].add(estimated);
    }

    /**
     * The ramps with power, ordered by label, start and full-capacity date; a ramp whose power is partly estimated
     * comes as a stated and an estimated ramp.
     */
    List<CapacityRamp> ramps() {
        List<CapacityRamp> ramps = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> {
            String label = labels.get(key.customerKey());
            if (sum[0].signum() > 0) {
                ramps.add(new CapacityRamp(label, key.start(), key.fullBy(), new Gigawatts(sum[0]), false));
            }
            if (sum[1].signum() > 0) {
                ramps.add(new CapacityRamp(label, key.start(), key.fullBy(), new Gigawatts(sum[1]), true));
            }
        });
        ramps.sort(Comparator.comparing(CapacityRamp::group).thenComparing(CapacityRamp::start)
                .thenComparing(CapacityRamp::fullBy).thenComparing(CapacityRamp::estimated));
        return ramps;
    }

    private record RampKey(String customerKey, LocalDate start, LocalDate fullBy) {
    }
}
