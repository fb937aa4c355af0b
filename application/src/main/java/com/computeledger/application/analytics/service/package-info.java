/** Services for market analyses: implement the in-ports over the out-ports, one transaction per use-case call. */
package com.computeledger.application.analytics.service;
