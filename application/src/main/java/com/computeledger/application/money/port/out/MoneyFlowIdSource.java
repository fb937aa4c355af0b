package com.computeledger.application.money.port.out;

import com.computeledger.domain.money.MoneyFlowId;

/** Out-port: hands out ids for new money flows. */
public interface MoneyFlowIdSource {

    MoneyFlowId nextId();
}
