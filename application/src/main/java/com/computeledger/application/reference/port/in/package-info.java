/** In-ports for providers and accelerators: the use cases adapters drive, with their command and query records. */
package com.computeledger.application.reference.port.in;
