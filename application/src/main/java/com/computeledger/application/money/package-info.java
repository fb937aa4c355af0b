/** Follow the money: the use cases over money flows, revenue run rates and their analyses. */
package com.computeledger.application.money;
