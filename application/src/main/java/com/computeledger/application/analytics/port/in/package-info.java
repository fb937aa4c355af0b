/** In-ports for market analyses: the use cases adapters drive, with their command and query records. */
package com.computeledger.application.analytics.port.in;
