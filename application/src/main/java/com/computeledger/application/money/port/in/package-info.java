/** In-ports for money flows, revenue run rates and the money analyses, with their command and query records. */
package com.computeledger.application.money.port.in;
