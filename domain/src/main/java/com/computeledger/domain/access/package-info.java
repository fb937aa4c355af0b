/** Who may change the ledger: API keys, stored as digests of their secrets, and the roles they carry. */
package com.computeledger.domain.access;
