package com.computeledger.domain.money;

import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Require;

/** The sum of one customer's deals with one provider in a period: what storage hands the graph for deals. */
public record DealPurchases(Customer customer, ProviderId providerId, FlowTotal value) {

    public DealPurchases {
        Require.present(customer, "customer");
        Require.present(providerId, "providerId");
        Require.present(value, "value");
    }
}
