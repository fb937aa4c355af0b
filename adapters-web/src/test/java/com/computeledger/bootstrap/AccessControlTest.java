package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.domain.access.ApiKeyId;
import com.computeledger.domain.access.Role;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * API keys and roles over HTTP: a write without a key, with a wrong, revoked or too weak key is refused with a
 * problem and stores nothing; the right role writes and is the actor in the history.
 */
class AccessControlTest {

    private static final String NEW_PROVIDER = "{\"id\":\"keyed-cloud\",\"name\":\"Keyed Cloud\",\"kind\":\"NEOCLOUD\"}";

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.perClass();

    @Test
    void aWriteWithoutAKeyIs401AndChangesNothing() {
        int before = dealCount();

        HttpResponse<String> response = ledger.postAnonymously("/api/v1/deals", deal("Keyless Labs"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"compute-ledger\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("type").asText()).isEqualTo("urn:compute-ledger:problem:unauthorized");
        assertThat(dealCount()).isEqualTo(before);
    }

    @Test
    void aWrongMalformedOrOtherSchemeKeyIs401() {
        String wrongSecret = ledger.issueKey("wrong-secret-holder", Role.EDITOR).substring(0, 20) + "A".repeat(43);
        for (String authorization : new String[] {"Bearer " + wrongSecret, "Bearer not-a-key", "Basic dXNlcjpwYXNz",
                "Bearer "}) {
            HttpResponse<String> response = ledger.post("/api/v1/deals", deal("Wrong Key Labs"),
                    Map.of("Authorization", authorization));
            assertThat(response.statusCode()).as(authorization).isEqualTo(401);
        }
        assertThat(json(ledger.get("/api/v1/deals?customer=Wrong%20Key%20Labs")).get("items")).isEmpty();
    }

    @Test
    void aRoleTooWeakIs403() {
        Map<String, String> reader = bearer(ledger.issueKey("a-reader", Role.READER));
        Map<String, String> editor = bearer(ledger.issueKey("an-editor", Role.EDITOR));

        HttpResponse<String> readerWrites = ledger.post("/api/v1/deals", deal("Reader Labs"), reader);
        HttpResponse<String> editorRegisters = ledger.post("/api/v1/providers", NEW_PROVIDER, editor);

        assertThat(readerWrites.statusCode()).isEqualTo(403);
        assertThat(json(readerWrites).get("detail").asText()).contains("'editor'", "'a-reader'", "'reader'");
        assertThat(editorRegisters.statusCode()).isEqualTo(403);
        assertThat(json(editorRegisters).get("type").asText()).isEqualTo("urn:compute-ledger:problem:forbidden");
        assertThat(ledger.get("/api/v1/providers/keyed-cloud").statusCode()).isEqualTo(404);
    }

    @Test
    void anEditorRecordsDealsUnderItsOwnName() {
        HttpResponse<String> created = ledger.post("/api/v1/deals", deal("Editor Labs"),
                bearer(ledger.issueKey("deal-desk", Role.EDITOR)));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode history = json(ledger.get(created.headers().firstValue("Location").orElseThrow() + "/history"));
        assertThat(history.get(0).get("actor").asText()).isEqualTo("deal-desk");
    }

    @Test
    void aRevokedKeyIs401() throws Exception {
        String token = ledger.issueKey("soon-revoked", Role.EDITOR);
        assertThat(ledger.post("/api/v1/deals", deal("Revoked Labs"), bearer(token)).statusCode()).isEqualTo(201);
        String id = token.substring(3, 19);

        ledger.withCommandServices(services -> services.apiKeys().revoke(new ApiKeyId(id)));

        assertThat(ledger.post("/api/v1/deals", deal("Revoked Labs 2"), bearer(token)).statusCode()).isEqualTo(401);
    }

    @Test
    void readsArePublicByDefault() {
        assertThat(ledger.get("/api/v1/deals").statusCode()).isEqualTo(200);
        assertThat(ledger.get("/api/v1/analytics/concentration").statusCode()).isEqualTo(200);
    }

    @Test
    void whereReadsArePrivateTheyNeedAReaderKeyButTheDocumentStaysPublic(@TempDir Path privateDirectory) {
        RunningLedger privateLedger = RunningLedger.start(privateDirectory,
                ConfigOverride.config("access.readsRequireKey", "true"));
        try {
            assertThat(privateLedger.get("/api/v1/deals").statusCode()).isEqualTo(401);
            assertThat(privateLedger.get("/api/v1/analytics/concentration").statusCode()).isEqualTo(401);
            assertThat(privateLedger.get("/api/v1/deals", bearer(privateLedger.issueKey("viewer", Role.READER)))
                    .statusCode()).isEqualTo(200);
            assertThat(privateLedger.get("/openapi.json").statusCode()).isEqualTo(200);
        } finally {
            privateLedger.close();
        }
    }

    @Test
    void theDemoStartPrintsAFirstKeyThatWorksOnce(@TempDir Path demoDirectory) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        RunningLedger demo;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            demo = RunningLedger.start(demoDirectory);
        } finally {
            System.setOut(original);
        }
        try {
            String output = printed.toString(StandardCharsets.UTF_8);
            String token = output.replaceAll("(?s).*export KEY=(cl_\\S+).*", "$1");
            assertThat(output).contains("Demo API key 'demo' (role admin)", "api-key create");
            assertThat(demo.post("/api/v1/providers", NEW_PROVIDER, bearer(token)).statusCode()).isEqualTo(201);
        } finally {
            demo.close();
        }
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String deal(String customer) {
        return WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"" + customer + "\"");
    }

    private static int dealCount() {
        return json(ledger.get("/api/v1/deals?limit=100")).get("items").size();
    }
}
