package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end suite on the embedded H2 file database, the default set-up. It also saves the served
 * OpenAPI document to target/openapi.json, where the build's lint step (.ci/lint-openapi) checks it.
 */
class H2LedgerEndToEndTest extends LedgerEndToEndSuite {

    @TempDir
    static Path directory;

    @Override
    RunningLedger startLedger() {
        return RunningLedger.start(directory);
    }

    @Test
    void savesTheServedDocumentForTheLint() throws Exception {
        HttpResponse<String> document = ledger().get("/openapi.json");
        Files.writeString(Path.of("target", "openapi.json"), document.body());
        assertThat(document.statusCode()).isEqualTo(200);
    }
}
