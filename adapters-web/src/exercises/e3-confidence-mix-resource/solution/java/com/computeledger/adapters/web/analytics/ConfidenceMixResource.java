package com.computeledger.adapters.web.analytics;

import com.computeledger.adapters.web.platform.http.QueryParameters;
import com.computeledger.application.analytics.port.in.ConfidenceMixUseCases;
import com.computeledger.domain.analytics.ConfidenceMix;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.ProviderId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Exercise 3, reference solution: {@code GET /api/v1/analytics/confidence-mix[?provider=ID]}, the driving adapter of
 * the confidence mix — reads the parameter, calls the in-port, maps the domain answer to JSON, nothing more.
 */
@Path("/api/v1/analytics/confidence-mix")
@Produces(MediaType.APPLICATION_JSON)
public final class ConfidenceMixResource {

    private final ConfidenceMixUseCases mix;

    public ConfidenceMixResource(ConfidenceMixUseCases mix) {
        this.mix = mix;
    }

    @GET
    public ConfidenceMixResponse confidenceMix(@QueryParam("provider") String provider) {
        Optional<ProviderId> providerId = QueryParameters.parsed("provider", () -> Optional.ofNullable(provider)
                .filter(text -> !text.isBlank()).map(text -> new ProviderId(text.toLowerCase(Locale.ROOT))));
        ConfidenceMix answer = mix.confidenceMix(new DealFilter(providerId, Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty()));
        return new ConfidenceMixResponse(answer.total().amount().toPlainString(), answer.undisclosedDeals(),
                Arrays.stream(ValueConfidence.values()).map(confidence -> new ConfidenceShare(confidence,
                        answer.disclosed().get(confidence).amount().toPlainString(),
                        answer.sharePercent(confidence).toPlainString())).toList());
    }

    /** The mix as JSON: money and percentages as decimal strings, one entry per confidence in a fixed order. */
    public record ConfidenceMixResponse(String total, int undisclosedDeals, List<ConfidenceShare> byConfidence) {
    }

    /** The money one confidence stands behind and its share of the total. */
    public record ConfidenceShare(ValueConfidence confidence, String value, String sharePercent) {
    }
}
