/**
 * The command-line adapter: backups of the whole ledger (export as JSON or CSV, restore of either) and the flat CSV
 * import of new deals, through the in-ports only.
 */
package com.computeledger.adapters.cli;
