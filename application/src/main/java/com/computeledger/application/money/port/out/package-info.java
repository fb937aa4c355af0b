/** Out-ports for money flows and revenue run rates: what the use cases need from storage. */
package com.computeledger.application.money.port.out;
