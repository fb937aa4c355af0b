/**
 * Follow the money: flows between organisations (compute and hardware purchases, equity investments), revenue run
 * rates, and the analyses over them — the money-flow graph, its closed loops and a buyer's commitment coverage.
 */
package com.computeledger.domain.money;
