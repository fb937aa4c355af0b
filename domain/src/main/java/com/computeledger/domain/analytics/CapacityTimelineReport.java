package com.computeledger.domain.analytics;

/** A capacity timeline and the number of commitments it could not place (no start, full-capacity date or power). */
public record CapacityTimelineReport(TimelineGrouping grouping, CapacityTimeline timeline, long commitmentsLeftOut) {
}
