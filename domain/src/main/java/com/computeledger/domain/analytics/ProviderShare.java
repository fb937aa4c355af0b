package com.computeledger.domain.analytics;

import com.computeledger.domain.reference.ProviderId;
import java.math.BigDecimal;

/** A provider's weight and its share of the market in percent (rounded to two decimals for display). */
public record ProviderShare(ProviderId providerId, BigDecimal weight, BigDecimal sharePercent) {
}
