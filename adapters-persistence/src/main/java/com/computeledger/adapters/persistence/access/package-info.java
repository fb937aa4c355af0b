/** API key storage: digests of the keys and their roles. */
package com.computeledger.adapters.persistence.access;
