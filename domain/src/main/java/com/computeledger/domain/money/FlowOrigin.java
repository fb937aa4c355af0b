package com.computeledger.domain.money;

import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.reference.ProviderId;

/** Where an edge of the money-flow graph was read from: a recorded money flow, or a customer's deals with a provider. */
public sealed interface FlowOrigin permits FlowOrigin.Recorded, FlowOrigin.Deals {

    /** A money flow recorded as such. */
    record Recorded(MoneyFlowId flowId) implements FlowOrigin {
    }

    /** Every deal of one customer with one provider: compute purchases (docs/adr/0026). */
    record Deals(Customer customer, ProviderId providerId) implements FlowOrigin {
    }
}
