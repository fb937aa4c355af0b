/** Out-ports for deals: what the use cases need from storage. */
package com.computeledger.application.deal.port.out;
