/** Out-ports: what the use cases need from the outside world (storage, transactions, ids). */
package com.computeledger.application.port.out;
