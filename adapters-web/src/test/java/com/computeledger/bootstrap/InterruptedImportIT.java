package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.cli.LedgerBackup;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.reference.Provider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore killed with SIGKILL leaves whole batches only, and running it again completes the rest without a
 * duplicate: the packaged jar imports a large backup, is killed once a progress line shows work left,
 * and the rerun finds exactly the deals the first run committed (whole transactions of 1,000) already present.
 */
class InterruptedImportIT {

    private static final int DEALS = 150_000; // several seconds of import, so a progress line comes before the end
    private static final int REFERENCE_RECORDS = 8; // the demo data's five providers and three accelerators
    private static final Pattern SUMMARY = Pattern.compile("([\\d,]+) records imported, ([\\d,]+) already present, "
            + "([\\d,]+) refused");

    @TempDir
    Path directory;

    @Test
    void aKilledImportLeavesWholeBatchesAndARerunCompletesTheRest() throws Exception {
        Path backup = backupOf(DEALS);

        try (LedgerProcess first = LedgerProcess.command(directory, "import", backup.toString())) {
            awaitProgress(first);
            first.kill();
        }
        try (LedgerProcess rerun = LedgerProcess.command(directory, "import", backup.toString())) {
            assertThat(rerun.awaitExit()).as(String.join("\n", rerun.output())).isZero();
            Matcher summary = rerun.output().stream().map(SUMMARY::matcher).filter(Matcher::find).findFirst()
                    .orElseThrow(() -> new AssertionError(String.join("\n", rerun.output())));
            long imported = count(summary.group(1));
            long alreadyPresent = count(summary.group(2));
            assertThat(count(summary.group(3))).isZero();
            assertThat(imported + alreadyPresent).isEqualTo(DEALS + REFERENCE_RECORDS);
            assertThat(alreadyPresent - REFERENCE_RECORDS).as("the killed run stored some deals, in whole batches")
                    .isPositive().isLessThan(DEALS).matches(stored -> stored % 1_000 == 0, "a multiple of 1,000");
        }
        try (LedgerProcess export = LedgerProcess.command(directory, "export", directory.resolve("after.json")
                .toString())) {
            assertThat(export.awaitExit()).isZero();
            assertThat(String.join("\n", export.output())).contains("5 providers, 3 accelerators, " + DEALS + " deals");
        }
    }

    /**
     * Waits (bounded) until the import prints a progress line with work left ("… % done"): a log gets one every
     * {@code Progress.LOG_INTERVAL}, and the final line, printed once everything is stored, has no share, so a kill
     * after this line always lands mid-import.
     */
    private static void awaitProgress(LedgerProcess process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (process.output().stream().noneMatch(line -> line.contains("records/s") && line.contains("% done"))) {
            assertThat(Instant.now()).as("a progress line with work left within 60 s:\n"
                    + String.join("\n", process.output())).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** A backup of the demo reference data and {@code deals} deals, each recorded once, written as export does. */
    private Path backupOf(int deals) throws IOException {
        Path file = directory.resolve("large-backup.json");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"format\":\"" + LedgerBackup.FORMAT + "\",\"formatVersion\":" + LedgerBackup.FORMAT_VERSION
                    + ",\"exportedAt\":\"2026-12-01T00:00:00Z\",\"dealCount\":" + deals + ",\n\"providers\":[");
            String separator = "";
            for (Provider provider : ArticleDemoData.providers()) {
                out.write(separator + "{\"id\":\"" + provider.id().value() + "\",\"name\":\"" + provider.name()
                        + "\",\"kind\":\"" + provider.kind() + "\"}");
                separator = ",";
            }
            out.write("],\n\"accelerators\":[");
            separator = "";
            for (var accelerator : ArticleDemoData.accelerators()) {
                out.write(separator + "{\"id\":\"" + accelerator.id().value() + "\",\"vendor\":\"" + accelerator.vendor()
                        + "\",\"model\":\"" + accelerator.model() + "\",\"allInKilowattsPerUnit\":\""
                        + accelerator.allInKilowattsPerUnit().toPlainString() + "\"}");
                separator = ",";
            }
            out.write("],\n\"deals\":[");
            for (int deal = 0; deal < deals; deal++) {
                String at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(deal).toString();
                String customer = "Buyer " + deal;
                out.write((deal == 0 ? "\n" : ",\n") + String.format(Locale.ROOT, "{\"id\":\"%s\",\"customer\":\"%s\","
                        + "\"providerId\":\"oracle\",\"announcedOn\":\"2025-09-10\",\"value\":{\"kind\":\"undisclosed\"},"
                        + "\"valueConfidence\":\"REPORTED\",\"status\":\"ANNOUNCED\",\"version\":1,\"recordedAt\":\"%s\","
                        + "\"updatedAt\":\"%s\",\"history\":[{\"version\":1,\"kind\":\"RECORDED\",\"actor\":\"loader\","
                        + "\"occurredAt\":\"%s\",\"changes\":[{\"field\":\"customer\",\"after\":\"%s\"}]}]}",
                        new UUID(0x0197_0000_0000_7000L, deal + 1L), customer, at, at, at, customer));
            }
            out.write("\n]}\n");
        }
        return file;
    }

    private static long count(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
