/** In-ports for the demo data: the use cases adapters drive, with their command and query records. */
package com.computeledger.application.demo.port.in;
