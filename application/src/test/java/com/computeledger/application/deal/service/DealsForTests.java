package com.computeledger.application.deal.service;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.shared.Actor;
import java.time.Instant;

/** Ready-made deals for service tests. */
public final class DealsForTests {

    private DealsForTests() {
    }

    public static Deal anyDeal() {
        ArticleDemoData.DemoDeal demo = ArticleDemoData.deals().get(0);
        return Deal.record(demo.id(), demo.details(), new Actor("test"), Instant.parse("2026-01-01T00:00:00Z")).deal();
    }
}
