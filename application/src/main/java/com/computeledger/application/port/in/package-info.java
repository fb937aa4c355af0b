/** In-ports: the use cases the adapters drive, with their command and query records. */
package com.computeledger.application.port.in;
