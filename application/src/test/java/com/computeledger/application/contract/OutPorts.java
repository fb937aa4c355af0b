package com.computeledger.application.contract;

import com.computeledger.application.access.port.out.ApiKeyRepository;
import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.deal.port.out.IdempotencyKeys;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;

/** One implementation's set of out-ports, sharing one store, as a contract test receives them. */
public record OutPorts(DealRepository deals, OrganisationRepository organisations, ProviderRepository providers, AcceleratorRepository accelerators,
                       MarketStatistics statistics, IdempotencyKeys idempotencyKeys, ApiKeyRepository apiKeys,
                       UnitOfWork unitOfWork) {
}
