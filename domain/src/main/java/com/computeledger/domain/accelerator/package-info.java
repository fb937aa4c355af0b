/** The compute catalog: accelerator models and the facility power each draws. */
package com.computeledger.domain.accelerator;
