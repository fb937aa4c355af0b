package com.computeledger.application.deal.port.out;

import com.computeledger.domain.deal.DealId;

/** Out-port: hands out ids for new deals (random UUIDs in production, predictable ones in tests). */
public interface DealIdSource {

    DealId nextId();
}
