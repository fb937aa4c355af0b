/** The deal aggregate: its value objects, lifecycle, history and the errors its rules raise. */
package com.computeledger.domain.deal;
