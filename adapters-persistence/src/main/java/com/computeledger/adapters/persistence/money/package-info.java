/** Money flows and revenue run rates on JDBI: plain statements over the tables of migration V8. */
package com.computeledger.adapters.persistence.money;
