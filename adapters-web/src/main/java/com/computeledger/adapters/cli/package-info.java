/** The command-line adapter: CSV import and CSV/JSON export of deals, through the in-ports only. */
package com.computeledger.adapters.cli;
