package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.cli.DealCsv;
import com.computeledger.adapters.cli.DealCsvImporter;
import com.computeledger.adapters.persistence.H2Defaults;
import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.application.demo.ArticleDemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line commands ({@code db}, {@code import}, {@code export}, {@code api-key}, {@code register}) on an H2
 * file database,
 * and beside a running server on PostgreSQL. A command that returns a failure makes {@code main} exit with 1.
 */
class CommandLineTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream failures = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    private String url;

    @BeforeEach
    void useAFreshDatabase() {
        url = "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath() + ";" + H2Defaults.portableSettings();
        System.setProperty("dw.database.url", url);
        System.setProperty("dw.database.user", "sa");
    }

    @AfterEach
    void forgetTheOverrides() {
        System.clearProperty("dw.database.url");
        System.clearProperty("dw.database.user");
    }

    @Test
    void infoListsPendingMigrationsAndMigrateAppliesThem() {
        assertThat(run("db", "info")).isEmpty();
        assertThat(output()).contains("ledger schema", "Pending").doesNotContain("Success");

        printed.reset();
        assertThat(run("db", "migrate")).isEmpty();
        assertThat(output()).contains("Schema is up to date.", "provider totals", "Success").doesNotContain("Pending");
    }

    @Test
    void importStoresTheGoodRowsNamesTheBadLinesAndExportWritesThemBack() throws Exception {
        assertThat(run("db", "migrate")).isEmpty();
        insertDemoProviders(url);
        StringBuilder csv = new StringBuilder(DealCsv.HEADER).append('\n');
        for (int row = 0; row < 1000; row++) {
            csv.append(switch (row) {
                case 10 -> "Bad Months,aws,2025-01-01,,0,exact,5,,REPORTED";
                case 500 -> "Bad Provider,no-such-cloud,2025-01-01,,,undisclosed,,,REPORTED";
                case 900 -> "Bad Date,aws,yesterday,,,undisclosed,,,CONFIRMED";
                default -> "\"Buyer " + row % 7 + ", Inc\",oracle,2025-09-10,,60,range,100,200,ESTIMATED";
            }).append('\n');
        }
        Path file = Files.writeString(directory.resolve("deals.csv"), csv.toString());

        printed.reset();
        assertThat(run("import", file.toString())).as("some rows refused: a failure").isPresent();

        assertThat(output()).contains("line 12: term.durationMonths: must be at least 1 month",
                "line 502: provider 'no-such-cloud' is not registered", "line 902: announcedOn: must be an ISO-8601 date such as 2025-11-03", "rows/s");
        assertThat(errors()).containsExactly("997 rows imported, 3 rows refused");
        Path json = directory.resolve("all.json");
        assertThat(run("export", json.toString())).isEmpty();
        JsonNode backup = WebTestSupport.strictJson(Files.readString(json));
        assertThat(backup.get("dealCount").asInt()).isEqualTo(997);
        assertThat(backup.get("deals")).hasSize(997).allSatisfy(deal -> assertThat(deal.get("history")).hasSize(1));
        Path folder = directory.resolve("all-csv");
        assertThat(run("export", "--format", "csv", folder.toString())).isEmpty();
        List<String> lines = Files.readAllLines(folder.resolve("deals.csv"));
        assertThat(lines).hasSize(998).first().asString().startsWith("id,customer,providerId,announcedOn,term.start");
        assertThat(lines).filteredOn(line -> line.contains(",\"Buyer 3, Inc\",oracle,2025-09-10,,60,range,,100.00,"
                + "200.00,USD,ESTIMATED,ANNOUNCED,1,")).hasSize(141);
    }

    @Test
    void importSucceedsOnlyWhenEveryRowIsStored() throws Exception {
        assertThat(run("db", "migrate")).isEmpty();
        insertDemoProviders(url);
        Path good = Files.writeString(directory.resolve("good.csv"), DealCsv.HEADER + "\n"
                + "Good One,aws,2025-01-01,,12,exact,5,,REPORTED\n"
                + "Good Two,oracle,2025-02-01,,,undisclosed,,,REPORTED\n");
        Path bad = Files.writeString(directory.resolve("bad.csv"), DealCsv.HEADER + "\n"
                + "Bad One,aws,2025-01-01,,0,exact,5,,REPORTED\n"
                + "Bad Two,no-such-cloud,2025-01-01,,,undisclosed,,,REPORTED\n");

        assertThat(run("import", good.toString())).as("all stored: exit code 0").isEmpty();
        assertThat(output()).contains("2 rows imported, 0 rows refused");
        assertThat(run("import", bad.toString())).as("all refused: a failure").isPresent();
        assertThat(errors()).containsExactly("0 rows imported, 2 rows refused");
    }

    @Test
    void onPostgresqlCommandsRunBesideARunningServer() throws Exception {
        String postgres = TestDatabases.freshPostgresUrl();
        try (RunningLedger server = RunningLedger.startOn(postgres, "postgres")) {
            System.setProperty("dw.database.url", postgres);
            System.setProperty("dw.database.user", "postgres");
            Path exported = directory.resolve("beside.json");

            assertThat(run("export", exported.toString())).isEmpty();
            assertThat(run("api-key", "list")).isEmpty();
            assertThat(run("import", exported.toString())).isEmpty();

            assertThat(output()).contains("8 organisations, 5 providers, 3 accelerators, 4 deals, 6 money flows, "
                    + "1 revenue run rates exported", "test-admin-", "0 records imported, 27 already present, 0 refused");
            assertThat(server.get("/api/v1/deals").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void apiKeysAreCreatedOnceShownAsDigestsAndRevoked() {
        assertThat(run("api-key", "create", "--name", "importer", "--role", "admin")).isEmpty();
        String token = output().replaceAll("(?s).*\\b(cl_[0-9a-f]{16}_[A-Za-z0-9_-]{43})\\b.*", "$1");
        String id = token.substring(3, 19);
        JdbiPersistence persistence = new JdbiPersistence(Jdbi.create(url, "sa", ""));
        assertThat(persistence.apiKeys().list()).singleElement().satisfies(key -> {
            assertThat(key.name()).isEqualTo("importer");
            assertThat(key.secretDigest()).doesNotContain(token.substring(20));
            assertThat(key.acceptsSecret(token.substring(20))).isTrue();
        });

        printed.reset();
        assertThat(run("api-key", "list")).isEmpty();
        assertThat(output()).contains(id, "admin", "active", "importer").doesNotContain(token);

        assertThat(run("api-key", "create", "--name", "importer")).as("a name is taken once").isPresent();
        assertThat(run("api-key", "create")).as("a name is required").isPresent();
        assertThat(run("api-key", "revoke", "--id", "ffffffffffffffff")).as("an unknown id").isPresent();
        assertThat(errors()).as("one line each, no stack trace").containsExactly(
                "API key 'importer' already exists",
                "name: is required: api-key create --name ...",
                "API key 'ffffffffffffffff' does not exist");

        printed.reset();
        assertThat(run("api-key", "revoke", "--id", id)).isEmpty();
        assertThat(output()).contains("API key 'importer' (id " + id + ") is revoked since");
        assertThat(persistence.apiKeys().list()).singleElement().satisfies(key -> assertThat(key.isActive()).isFalse());
    }

    @Test
    void providersAndAcceleratorsAreRegisteredFromTheCommandLineSoAnEmptyLedgerTakesDeals() throws Exception {
        assertThat(run("db", "migrate")).isEmpty();

        assertThat(run("register", "provider", "--id", "coreweave", "--name", "CoreWeave", "--kind", "neocloud"))
                .isEmpty();
        assertThat(run("register", "accelerator", "--id", "amd-mi450", "--vendor", "AMD", "--model", "MI450",
                "--kilowatts", "2.5")).isEmpty();
        assertThat(output()).contains("provider 'coreweave' (CoreWeave) registered",
                "accelerator 'amd-mi450' (AMD MI450, 2.5 kW a unit) registered");
        Path csv = Files.writeString(directory.resolve("deals.csv"), DealCsv.HEADER + "\n"
                + "Example Lab,coreweave,2025-06-01,,24,exact,1000000,,REPORTED\n");
        assertThat(run("import", csv.toString())).as("the registered provider is known to the import").isEmpty();

        assertThat(run("register", "provider", "--id", "coreweave", "--name", "Again", "--kind", "neocloud"))
                .as("a taken id").isPresent();
        assertThat(run("register", "accelerator", "--id", "amd-mi500", "--vendor", "AMD", "--model", "MI500",
                "--kilowatts", "lots")).as("power that is not a number").isPresent();
        assertThat(run("register", "provider", "--id", "lambda", "--kind", "neocloud")).as("no name").isPresent();
        assertThat(errors()).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain("Exception", "\tat "));
        assertThat(errors().get(1)).contains("kilowatts");
    }

    @Test
    void importReadsQuotedLineBreaksAndAByteOrderMarkAndNamesTheLineOfAMalformedRecord() throws Exception {
        assertThat(run("db", "migrate")).isEmpty();
        insertDemoProviders(url);
        Path spreadsheet = Files.writeString(directory.resolve("from-a-spreadsheet.csv"), "\uFEFF" + DealCsv.HEADER
                + "\r\n\"Two-Line\r\nBuyer, Inc\",aws,2025-01-01,,12,exact,5,,REPORTED\r\n"
                + "Plain Buyer,oracle,2025-02-01,,,undisclosed,,,REPORTED\r\n", StandardCharsets.UTF_8);
        Path malformed = Files.writeString(directory.resolve("malformed.csv"), DealCsv.HEADER + "\n"
                + "Fine Buyer,aws,2025-01-01,,12,exact,5,,REPORTED\n"
                + "\"Unclosed Buyer,aws,2025-01-01,,12,exact,5,,REPORTED\n");

        // The line break inside quotes keeps the record whole: it is one record (refused by the customer's own rule,
        // as over HTTP), not two broken ones, and the record after it is read from where it starts.
        assertThat(run("import", spreadsheet.toString())).as("one record refused").isPresent();
        assertThat(output()).contains("line 3: customer: must not contain control characters");
        assertThat(errors()).containsExactly("1 rows imported, 1 rows refused");
        Path exported = directory.resolve("all.csv");
        assertThat(run("export", exported.toString())).isEmpty();
        assertThat(Files.readString(exported)).contains("\"customer\":\"Plain Buyer\",\"providerId\":\"oracle\"");

        printed.reset();
        failures.reset();
        assertThat(run("import", malformed.toString())).as("an unclosed quote is a refused record").isPresent();
        assertThat(output()).contains("line 3: record: has an unclosed or misplaced quote");
        assertThat(errors()).containsExactly("1 rows imported, 1 rows refused");
    }

    /**
     * The backup round trip, as a new user would try it: a ledger with revised, cancelled and completed deals,
     * commitments and sources is exported (JSON, and CSV for spreadsheets), each export is imported into an empty data
     * folder, and the restored ledgers answer every API question as the original did, history included (the CSV one
     * with its history cells spread over several lines, as a spreadsheet may save them: each record is read whole);
     * a second import changes nothing, and a record changed in the file is reported, not written over.
     */
    @Test
    void anExportImportedIntoAnEmptyFolderGivesTheSameLedgerBack() throws Exception {
        Map<String, String> original;
        try (RunningLedger source = RunningLedger.start(directory.resolve("source"))) {
            assertThat(source.post("/api/v1/providers", "{\"id\": \"nebius\", \"name\": \"Nebius\", "
                    + "\"kind\": \"NEOCLOUD\"}", Map.of()).statusCode()).isEqualTo(201);
            String recorded = source.post("/api/v1/deals", WebTestSupport.fixture("range-deal-request.json"), Map.of())
                    .headers().firstValue("Location").orElseThrow();
            String demo = "/api/v1/deals/" + ArticleDemoData.deals().get(0).id();
            String other = "/api/v1/deals/" + ArticleDemoData.deals().get(1).id();
            assertThat(source.patch(demo, "{\"valueConfidence\": \"REPORTED\"}", Map.of("If-Match", "\"1\""))
                    .statusCode()).isEqualTo(200);
            for (String move : List.of("ACTIVE", "COMPLETED")) {
                String version = json(source.get(demo)).get("version").asText();
                assertThat(source.post(demo + "/status", "{\"status\": \"" + move + "\"}",
                        Map.of("If-Match", "\"" + version + "\"")).statusCode()).isEqualTo(200);
            }
            assertThat(source.post(other + "/status", "{\"status\": \"CANCELLED\"}", Map.of("If-Match", "\"1\""))
                    .statusCode()).isEqualTo(200);
            assertThat(json(source.get(recorded)).get("commitments")).isNotEmpty();
            String flow = "/api/v1/money-flows/" + ArticleDemoData.NVIDIA_OPENAI;
            ObjectNode confirmed = (ObjectNode) json(source.get(flow));
            confirmed.remove(List.of("id", "version", "recordedAt", "updatedAt", "annualizedValue"));
            confirmed.put("valueConfidence", "CONFIRMED");
            assertThat(source.put(flow, confirmed.toString(), Map.of("If-Match", "\"1\"")).statusCode())
                    .as("a revised money flow: two history entries to carry").isEqualTo(200);
            original = answers(source);
        }
        useDatabase(directory.resolve("source"));
        Path json = directory.resolve("ledger.json");
        Path csv = directory.resolve("ledger-csv");
        assertThat(run("export", json.toString())).isEmpty();
        assertThat(run("export", "--format", "csv", csv.toString())).isEmpty();
        assertThat(output()).contains("8 organisations, 6 providers, 3 accelerators, 5 deals, 6 money flows, 1 revenue run rates exported to "
                + json);
        assertThat(WebTestSupport.strictJson(Files.readString(json)).get("formatVersion").asInt()).isEqualTo(1);

        // As a spreadsheet may save it: each history entry of a deal on a line of its own, inside the quoted cell.
        Path deals = csv.resolve("deals.csv");
        String spread = Files.readString(deals).replace("},{\"\"version\"\"", "},\r\n{\"\"version\"\"");
        assertThat(spread.lines().count()).as("records that span lines").isGreaterThan(Files.readAllLines(deals).size());
        Files.writeString(deals, spread);
        for (Path backup : List.of(json, csv)) {
            Path restored = directory.resolve("restored-from-" + backup.getFileName());
            useDatabase(restored);
            printed.reset();
            assertThat(run("import", backup.toString())).as("restored from " + backup).isEmpty();
            assertThat(output()).contains("29 records imported, 0 already present, 0 refused");
            printed.reset();
            assertThat(run("import", backup.toString())).as("a second import of " + backup).isEmpty();
            assertThat(output()).contains("0 records imported, 29 already present, 0 refused");
            try (RunningLedger copy = RunningLedger.start(restored)) {
                assertThat(answers(copy)).as("the ledger restored from " + backup).isEqualTo(original);
            }
        }

        JsonNode backup = WebTestSupport.MAPPER.readTree(json.toFile());
        for (JsonNode deal : backup.get("deals")) {
            if (deal.get("id").asText().equals(ArticleDemoData.deals().get(0).id().toString())) {
                ((ObjectNode) deal).put("valueConfidence", "ESTIMATED");
            }
        }
        for (JsonNode provider : backup.get("providers")) {
            if (provider.get("id").asText().equals("nebius")) {
                ((ObjectNode) provider).put("name", "Nebius Group");
            }
        }
        Path edited = Files.writeString(directory.resolve("edited.json"), backup.toString());
        useDatabase(directory.resolve("restored-from-ledger.json"));
        assertThat(run("import", edited.toString())).as("a deal changed in the file").isPresent();
        assertThat(output()).containsPattern("line \\d+: deal " + ArticleDemoData.deals().get(0).id()
                + " is stored with other content \\(stored: version 4, COMPLETED")
                .containsPattern("line \\d+: provider 'nebius' is registered with other content; the registered one "
                        + "is kept");
        assertThat(errors()).containsExactly("0 records imported, 27 already present, 2 refused");
    }

    @Test
    void aFileThatIsNotABackupOrOfAnotherFormatVersionIsRefusedWhole() throws Exception {
        Path newer = Files.writeString(directory.resolve("newer.json"),
                "{\"format\": \"compute-ledger-backup\", \"formatVersion\": 2, \"deals\": []}");
        Path other = Files.writeString(directory.resolve("other.json"), "{\"deals\": []}");
        Path cut = Files.writeString(directory.resolve("cut.json"),
                "{\"format\": \"compute-ledger-backup\", \"formatVersion\": 1,\n\"deals\": [\n{\"id\": ");

        assertThat(run("import", newer.toString())).isPresent();
        assertThat(run("import", other.toString())).isPresent();
        assertThat(run("import", cut.toString())).isPresent();
        assertThat(run("import", directory.resolve("missing.json").toString())).isPresent();

        assertThat(output()).contains("line 1: format version 2 is not one this version reads (1)",
                "line 1: not a ledger backup: \"format\": \"compute-ledger-backup\" and \"formatVersion\" must come first",
                "line 3: malformed JSON");
        assertThat(errors()).containsExactly("0 records imported, 0 already present, 1 refused",
                "0 records imported, 0 already present, 1 refused", "0 records imported, 0 already present, 1 refused",
                directory.resolve("missing.json") + " does not exist or cannot be read");
    }

    /**
     * What the API answers about every organisation, provider, accelerator, deal and money flow, history included,
     * the run rates, and the analyses of deals and of money.
     */
    private static Map<String, String> answers(RunningLedger ledger) {
        Map<String, String> answers = new TreeMap<>();
        List<String> paths = new ArrayList<>(List.of("/api/v1/deals?limit=100", "/api/v1/providers",
                "/api/v1/accelerators", "/api/v1/analytics/concentration",
                "/api/v1/analytics/concentration?measure=power", "/api/v1/analytics/exposure?customer=OpenAI",
                "/api/v1/analytics/capacity-timeline?from=2025-01-01&to=2030-12-31&groupBy=provider",
                "/api/v1/organisations", "/api/v1/organisations/openai/revenue-run-rates",
                "/api/v1/money-flows?limit=100", "/api/v1/analytics/money-flows", "/api/v1/analytics/closed-loops",
                "/api/v1/analytics/commitment-coverage?customer=OpenAI"));
        for (JsonNode deal : json(ledger.get("/api/v1/deals?limit=100")).get("items")) {
            paths.add("/api/v1/deals/" + deal.get("id").asText());
            paths.add("/api/v1/deals/" + deal.get("id").asText() + "/history");
        }
        for (JsonNode flow : json(ledger.get("/api/v1/money-flows?limit=100")).get("items")) {
            paths.add("/api/v1/money-flows/" + flow.get("id").asText());
            paths.add("/api/v1/money-flows/" + flow.get("id").asText() + "/history");
        }
        for (String path : paths) {
            HttpResponse<String> answer = ledger.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            answers.put(path, WebTestSupport.strictJson(answer.body()).toString());
        }
        return answers;
    }

    private void useDatabase(Path folder) {
        url = "jdbc:h2:file:" + folder.resolve("ledger").toAbsolutePath() + ";" + H2Defaults.portableSettings();
        System.setProperty("dw.database.url", url);
    }

    @Test
    void anImportOfMoreThanTwoBatchesCompactsHalfwayAndStoresEveryRow() throws Exception {
        assertThat(run("db", "migrate")).isEmpty();
        insertDemoProviders(url);
        int rows = 2 * DealCsvImporter.BATCH_SIZE + 1;
        StringBuilder csv = new StringBuilder(DealCsv.HEADER).append('\n');
        for (int row = 0; row < rows; row++) {
            csv.append("Bulk ").append(row % 700).append(",aws,2024-0").append(1 + row % 9).append("-1")
                    .append(row % 9).append(",2024-01-01,36,exact,").append(5_000_000 + row).append(",,REPORTED\n");
        }
        Path file = Files.writeString(directory.resolve("bulk.csv"), csv);

        // halfway the H2 file is compacted, which closes the database under the command's pool (ADR 0030)
        assertThat(run("import", file.toString())).isEmpty();

        assertThat(output()).contains(String.format(Locale.ROOT, "%,d rows imported, 0 rows refused", rows));
        int stored = Jdbi.create(url, "sa", "").withHandle(handle -> handle
                .createQuery("select count(*) from deal where customer like 'Bulk %'").mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(rows);
    }

    @Test
    void anUnknownActionIsRefused() {
        assertThat(run("db", "drop")).isPresent();
    }

    private Optional<Throwable> run(String... arguments) {
        ComputeLedgerApplication application =
                new ComputeLedgerApplication(new PrintStream(printed, true, StandardCharsets.UTF_8));
        Bootstrap<ComputeLedgerConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        String[] all = new String[arguments.length + 1];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = ResourceHelpers.resourceFilePath("test-config.yml");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream errors = new PrintStream(failures, true, StandardCharsets.UTF_8);
        return new Cli(new JarLocation(getClass()), bootstrap, quiet, errors).run(all);
    }

    /** The lines the commands wrote to stderr. */
    private List<String> errors() {
        return failures.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The demo providers, after the organisations that own them. */
    private void insertDemoProviders(String database) {
        JdbiPersistence persistence = new JdbiPersistence(Jdbi.create(database, "sa", ""));
        ArticleDemoData.organisations().forEach(persistence.organisations()::insert);
        ArticleDemoData.providers().forEach(persistence.providers()::insert);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
