package com.computeledger.adapters.web.deal;

import static com.computeledger.adapters.web.WebTestSupport.MAPPER;
import static com.computeledger.adapters.web.WebTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.deal.DealJson.DealPageResponse;
import com.computeledger.adapters.web.deal.DealJson.DealRequest;
import com.computeledger.adapters.web.platform.problem.ErrorCatalogue;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.demo.ArticleDemoData.DemoDeal;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Money;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the wire format: a change to any of these shapes breaks a client and must be deliberate. */
class DealJsonFixtureTest {

    private static final Instant RECORDED = Instant.parse("2026-11-28T12:00:00.123456Z");

    @Test
    void aDealIsWrittenAsTheFixtureSays() throws Exception {
        Deal aws = demoDeal(0);

        assertThat(written(DealJsonMapping.toResponse(aws)))
                .isEqualTo(MAPPER.readTree(fixture("aws-deal-response.json")));
    }

    @Test
    void undisclosedTermAndValueAreOmittedOrMarked() throws Exception {
        Deal google = demoDeal(3);

        assertThat(written(DealJsonMapping.toResponse(google)))
                .isEqualTo(MAPPER.readTree(fixture("google-deal-response.json")));
    }

    @Test
    void aRangeDealReadsAndWritesAsTheFixturesSay() throws Exception {
        DealRequest request = MAPPER.readValue(fixture("range-deal-request.json"), DealRequest.class);
        Deal nebius = Deal.record(new DealId(UUID.fromString("00000000-0000-4000-8000-000000000001")),
                DealJsonMapping.toDetails(request), new Actor("analyst"), RECORDED).deal();

        assertThat(written(DealJsonMapping.toResponse(nebius)))
                .isEqualTo(MAPPER.readTree(fixture("range-deal-response.json")));
    }

    @Test
    void valuesHaveThreeShapes() throws Exception {
        assertThat(MAPPER.writeValueAsString(DealJsonMapping.valueJson(DealValue.exact(Money.usd("38000000000")))))
                .isEqualTo("{\"kind\":\"exact\",\"amount\":\"38000000000.00\",\"currency\":\"USD\"}");
        assertThat(MAPPER.writeValueAsString(DealJsonMapping.valueJson(
                DealValue.range(Money.usd("17400000000"), Money.usd("19400000000")))))
                .isEqualTo("{\"kind\":\"range\",\"low\":\"17400000000.00\",\"high\":\"19400000000.00\",\"currency\":\"USD\"}");
        assertThat(MAPPER.writeValueAsString(DealJsonMapping.valueJson(DealValue.undisclosed())))
                .isEqualTo("{\"kind\":\"undisclosed\"}");
    }

    @Test
    void theRequestFixtureReadsAsTheArticlesAwsDeal() throws Exception {
        DealRequest request = MAPPER.readValue(fixture("aws-deal-request.json"), DealRequest.class);

        assertThat(DealJsonMapping.toDetails(request)).isEqualTo(ArticleDemoData.deals().get(0).details());
    }

    @Test
    void aPageCarriesItsItemsAndTheLinkToTheNextPage() throws Exception {
        Deal google = demoDeal(3);
        DealCursor next = new DealCursor(DealSort.ANNOUNCED_ON_DESC, google.details().announcedOn(),
                google.id());

        DealPageResponse page = new DealPageResponse(List.of(DealJsonMapping.toResponse(google)),
                "http://localhost:8080/api/v1/deals?limit=1&cursor=" + CursorCodec.encode(next, DealFilter.ALL));

        assertThat(written(page)).isEqualTo(MAPPER.readTree(fixture("deal-page.json")));
    }

    @Test
    void aLastPageHasNoNextCursor() throws Exception {
        assertThat(MAPPER.writeValueAsString(new DealPageResponse(List.of(), null))).isEqualTo("{\"items\":[]}");
    }

    @Test
    void aProblemBodyNamesTypeStatusAndField() throws Exception {
        var problem = ErrorCatalogue.problemFor(
                new InvariantViolationException("term.durationMonths", "must be at least 1 month"), "/api/v1/deals");

        assertThat(written(problem)).isEqualTo(MAPPER.readTree(fixture("invalid-field-problem.json")));
    }

    /** What the API writes, read back as a tree, so that numbers compare by value whatever their Java type. */
    private static JsonNode written(Object body) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(body));
    }

    private static Deal demoDeal(int index) {
        DemoDeal demo = ArticleDemoData.deals().get(index);
        return Deal.record(demo.id(), demo.details(), new Actor("demo-data"), RECORDED).deal();
    }
}
