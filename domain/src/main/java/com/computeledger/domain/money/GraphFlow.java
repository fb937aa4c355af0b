package com.computeledger.domain.money;

import com.computeledger.domain.shared.Require;

/** One payment (or the sum of a customer's deals with one provider) between two firms, as the graph sees it. */
public record GraphFlow(Firm payer, Firm payee, MoneyFlowKind kind, FlowTotal value, FlowOrigin origin) {

    public GraphFlow {
        Require.present(payer, "payer");
        Require.present(payee, "payee");
        Require.present(kind, "kind");
        Require.present(value, "value");
        Require.present(origin, "origin");
    }
}
