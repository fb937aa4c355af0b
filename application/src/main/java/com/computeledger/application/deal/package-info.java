/** Deal types shared by the in-ports and the out-ports: keyset pages, sorts and cursors; idempotency keys and fingerprints. */
package com.computeledger.application.deal;
