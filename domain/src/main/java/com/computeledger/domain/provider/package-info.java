/** Providers: who sells compute. */
package com.computeledger.domain.provider;
