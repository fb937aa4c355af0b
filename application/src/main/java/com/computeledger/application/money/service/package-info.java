/** Services for money flows, revenue run rates and their analyses: one transaction per use-case call. */
package com.computeledger.application.money.service;
