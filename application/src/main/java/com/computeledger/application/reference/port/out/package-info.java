/** Out-ports for providers and accelerators: what the use cases need from storage. */
package com.computeledger.application.reference.port.out;
