/** The deal resource, its JSON shapes and their mapping, cursors and version tags. */
package com.computeledger.adapters.web.deal;
