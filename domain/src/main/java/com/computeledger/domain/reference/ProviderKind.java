package com.computeledger.domain.reference;

/** What kind of business sells the compute. */
public enum ProviderKind {
    HYPERSCALER,
    NEOCLOUD,
    CHIP_VENDOR,
    DECENTRALIZED_NETWORK
}
