package com.computeledger.bootstrap;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end suite on the embedded H2 file database, the default set-up. */
class H2LedgerEndToEndTest extends LedgerEndToEndSuite {

    @TempDir
    static Path directory;

    @Override
    RunningLedger startLedger() {
        return RunningLedger.start(directory);
    }
}
