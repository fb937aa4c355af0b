/** The HTTP edge of follow the money: money flows, revenue run rates and the money analyses. */
package com.computeledger.adapters.web.money;
