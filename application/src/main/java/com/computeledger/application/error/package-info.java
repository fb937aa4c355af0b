/** Errors the use cases raise beyond the domain's own: missing, duplicate and stale things. */
package com.computeledger.application.error;
