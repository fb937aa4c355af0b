package com.computeledger.domain.analytics;

import com.computeledger.domain.reference.ProviderId;
import java.math.BigDecimal;

/** One provider's summed weight in a market (committed USD or GW), the input of a concentration measure; only positive weights count. */
public record ProviderWeight(ProviderId providerId, BigDecimal weight) {
}
