/** In-ports for deals: the use cases adapters drive, with their command and query records. */
package com.computeledger.application.deal.port.in;
