/** In-ports for API keys: the use cases adapters drive, with their command and query records. */
package com.computeledger.application.access.port.in;
