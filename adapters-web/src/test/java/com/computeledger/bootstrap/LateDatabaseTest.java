package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.ConfigOverride;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The service waits a bounded time for a PostgreSQL that starts after it, and says so when it never comes. */
class LateDatabaseTest {

    @Test
    void startsOnceADatabaseThatComesUpLateIsReachable() throws Exception {
        int port = LedgerProcess.freePort();
        CompletableFuture<RunningLedger> starting = CompletableFuture.supplyAsync(() -> RunningLedger.startOn(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres",
                ConfigOverride.config("databaseStartup.attempts", "60"),
                ConfigOverride.config("databaseStartup.delay", "250 milliseconds")));
        Thread.sleep(1_500);
        assertThat(starting).as("still waiting for the database").isNotDone();

        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setPort(port).start();
             RunningLedger ledger = starting.get(60, TimeUnit.SECONDS)) {
            assertThat(database.getPort()).isEqualTo(port);
            assertThat(json(ledger.get("/api/v1/deals")).get("items")).hasSize(4);
        }
    }

    @Test
    void givesUpAfterTheLastAttemptSayingWhy() throws Exception {
        int port = LedgerProcess.freePort();

        assertThatThrownBy(() -> RunningLedger.startOn("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", ConfigOverride.config("databaseStartup.attempts", "3"),
                ConfigOverride.config("databaseStartup.delay", "100 milliseconds")))
                .hasStackTraceContaining("the database could not be reached after 3 attempts");
    }
}
