/** Logging the service does on every request: the access log written in batches (docs/adr/0035). */
package com.computeledger.adapters.web.platform.logging;
