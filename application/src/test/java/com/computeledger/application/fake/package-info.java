/** In-memory implementations of every out-port, for tests; they keep each port's contract but not transactions. */
package com.computeledger.application.fake;
