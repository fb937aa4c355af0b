/** The demo data a fresh ledger starts with: the facts of the source article. */
package com.computeledger.application.demo;
