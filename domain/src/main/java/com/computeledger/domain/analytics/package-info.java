/**
 * Pure analyses of the compute market: concentration (HHI, CR4, merger-guideline verdicts), customer
 * exposure, capacity ramps, power and money equivalences, build-out scenarios. They take totals that the
 * storage has already summed and never load deals themselves.
 */
package com.computeledger.domain.analytics;
