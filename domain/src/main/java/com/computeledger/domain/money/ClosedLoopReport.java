package com.computeledger.domain.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The closed loops of a money-flow graph (at most the limit asked for; {@code truncated} when there are more), the
 * flows that lie on some loop ({@code circulating}) against all flows ({@code total}), and that share in percent
 * of the disclosed value at both ends of any range (empty when nothing is disclosed). The share counts every loop,
 * reported or not.
 */
public record ClosedLoopReport(List<ClosedLoop> loops, boolean truncated, FlowTotal circulating, FlowTotal total,
                               Optional<BigDecimal> circulatingShareLow, Optional<BigDecimal> circulatingShareHigh) {

    public ClosedLoopReport {
        loops = List.copyOf(loops);
    }
}
