/**
 * Reference data: organisations (one firm across its roles), providers (who sells compute, each owned by an
 * organisation) and the accelerator catalog (chips and their all-in power).
 */
package com.computeledger.domain.reference;
