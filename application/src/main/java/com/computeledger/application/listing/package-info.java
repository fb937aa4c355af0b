/** Keyset pagination of deal listings: sort orders, cursors and pages, shared by the in-port and the out-port. */
package com.computeledger.application.listing;
