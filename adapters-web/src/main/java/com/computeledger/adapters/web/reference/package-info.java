/** Resources of the reference data: providers and the accelerator catalog. */
package com.computeledger.adapters.web.reference;
