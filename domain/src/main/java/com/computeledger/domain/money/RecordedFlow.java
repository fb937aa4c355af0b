package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Require;

/** What the graph reads of a recorded money flow: its id, kind, parties and value (not its sources or history). */
public record RecordedFlow(MoneyFlowId id, MoneyFlowKind kind, OrganisationId payer, OrganisationId payee,
                           DealValue value) {

    public RecordedFlow {
        Require.present(id, "id");
        Require.present(kind, "kind");
        Require.present(payer, "payer");
        Require.present(payee, "payee");
        Require.present(value, "value");
    }
}
