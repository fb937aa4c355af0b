/** The accelerator catalog resource. */
package com.computeledger.adapters.web.accelerator;
