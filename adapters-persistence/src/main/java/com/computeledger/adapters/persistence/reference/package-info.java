/** Reference data storage: providers and the accelerator catalog. */
package com.computeledger.adapters.persistence.reference;
