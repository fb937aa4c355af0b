/** Out-ports for market analyses: what the use cases need from storage. */
package com.computeledger.application.analytics.port.out;
