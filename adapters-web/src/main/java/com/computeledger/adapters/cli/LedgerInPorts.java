package com.computeledger.adapters.cli;

import com.computeledger.application.deal.port.in.DealUseCases;
import com.computeledger.application.money.port.in.MoneyFlowUseCases;
import com.computeledger.application.money.port.in.RevenueRunRateUseCases;
import com.computeledger.application.reference.port.in.AcceleratorUseCases;
import com.computeledger.application.reference.port.in.OrganisationUseCases;
import com.computeledger.application.reference.port.in.ProviderUseCases;

/** The in-ports a backup reads the whole ledger through, and a restore writes it back through. */
public record LedgerInPorts(OrganisationUseCases organisations, ProviderUseCases providers,
                            AcceleratorUseCases accelerators, DealUseCases deals, MoneyFlowUseCases moneyFlows,
                            RevenueRunRateUseCases revenueRunRates) {
}
