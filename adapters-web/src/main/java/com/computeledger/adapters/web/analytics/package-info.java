/** The analytics resource and its JSON shapes. */
package com.computeledger.adapters.web.analytics;
