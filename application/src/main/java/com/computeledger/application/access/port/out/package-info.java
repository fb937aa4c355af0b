/** Out-ports for API keys: what the use cases need from storage. */
package com.computeledger.application.access.port.out;
