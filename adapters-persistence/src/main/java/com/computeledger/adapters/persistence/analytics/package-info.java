/** Market statistics as SQL aggregates, and the running totals per provider wrapped around them (docs/adr/0009). */
package com.computeledger.adapters.persistence.analytics;
