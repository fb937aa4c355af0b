package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import io.dropwizard.testing.ConfigOverride;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is stored survives a restart, and the demo data is loaded once and only when switched on. */
class RestartTest {

    @TempDir
    Path directory;

    @Test
    void aRecordedDealSurvivesARestartAndDemoDataIsNotDuplicated() {
        String location;
        try (RunningLedger first = RunningLedger.start(directory)) {
            HttpResponse<String> created = first.post("/api/v1/deals",
                    WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"Restart Co\""), Map.of());
            assertThat(created.statusCode()).isEqualTo(201);
            location = first.uri(created.headers().firstValue("Location").orElseThrow()).getPath();
        }
        try (RunningLedger second = RunningLedger.start(directory)) {
            assertThat(json(second.get(location)).get("customer").asText()).isEqualTo("Restart Co");
            assertThat(json(second.get("/api/v1/deals?limit=100")).get("items").size()).isEqualTo(5);
        }
    }

    @Test
    void demoDataCanBeSwitchedOff() {
        try (RunningLedger ledger = RunningLedger.start(directory, ConfigOverride.config("demoData.enabled", "false"))) {
            assertThat(json(ledger.get("/api/v1/deals")).get("items").size()).isZero();
            assertThat(json(ledger.get("/api/v1/providers")).size()).isZero();
        }
    }
}
