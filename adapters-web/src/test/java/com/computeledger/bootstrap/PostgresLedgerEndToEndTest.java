package com.computeledger.bootstrap;

import com.computeledger.adapters.persistence.TestDatabases;

/** The end-to-end suite on a real PostgreSQL server that the test starts itself (no installation needed). */
class PostgresLedgerEndToEndTest extends LedgerEndToEndSuite {

    @Override
    RunningLedger startLedger() {
        return RunningLedger.startOn(TestDatabases.freshPostgresUrl(), "postgres");
    }
}
