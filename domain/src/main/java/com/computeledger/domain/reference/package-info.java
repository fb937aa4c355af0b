/** Reference data: providers (who sells compute) and the accelerator catalog (chips and their all-in power). */
package com.computeledger.domain.reference;
