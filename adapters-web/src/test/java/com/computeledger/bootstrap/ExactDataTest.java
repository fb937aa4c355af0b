package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.cli.BackupImporter;
import com.computeledger.adapters.cli.ImportReport;
import com.computeledger.adapters.cli.LedgerExporter;
import com.computeledger.adapters.cli.Progress;
import com.computeledger.adapters.web.WebTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What was acknowledged is stored exactly and every stored record can be read: dates outside the ledger's
 * calendar are refused before anything is stored, dates inside it come back as sent, and rows that today's
 * rules would refuse (planted with SQL, as an older version or a manual fix could leave them) break no read.
 */
class ExactDataTest {

    private static final String FIXTURE = WebTestSupport.fixture("aws-deal-request.json");

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.perClass();

    @Test
    void datesOutsideTheCalendarAreRefusedNamingTheFieldAndNothingIsStored() {
        int before = dealCount();
        List<String> answers = new ArrayList<>();
        for (String date : List.of("1500-03-01", "1582-10-04", "1899-12-31", "2201-01-01", "+999999-01-01",
                "-0001-01-01", "+999999999-12-31")) {
            answers.add(refusal(FIXTURE.replace("\"announcedOn\": \"2025-11-03\"", "\"announcedOn\": \"" + date + "\"")));
        }
        answers.add(refusal(term("+999999999-12-01", 1200)));
        answers.add(refusal(term("-999999999-01-01", 84)));

        assertThat(answers).containsExactly("announcedOn", "announcedOn", "announcedOn", "announcedOn", "announcedOn",
                "announcedOn", "announcedOn", "term.start", "term.start");
        assertThat(dealCount()).isEqualTo(before);
        JsonNode schemas = json(ledger.get("/openapi.json")).at("/components/schemas");
        for (String date : List.of("DealRequest/properties/announcedOn", "TermRequest/properties/start",
                "CommitmentJson/properties/fullCapacityBy", "ExpansionJson/properties/through",
                "SourceJson/properties/publishedOn")) {
            assertThat(schemas.at("/" + date + "/description").asText()).as("the document states the range of " + date)
                    .endsWith("An ISO-8601 date from 1900-01-01 to 2200-12-31.");
        }
    }

    @Test
    void datesAtTheEdgesOfTheCalendarComeBackExactly() {
        String edges = term("2200-12-31", 1200).replace("\"announcedOn\": \"2025-11-03\"", "\"announcedOn\": \"1900-01-01\"")
                .replace("\"fullCapacityBy\": \"2026-12-31\"", "\"fullCapacityBy\": \"2200-12-31\"")
                .replace("\"through\": \"2027-12-31\"", "\"through\": \"2200-12-31\"")
                .replace("\"publishedOn\": \"2025-11-03\"", "\"publishedOn\": \"1900-01-01\"");

        HttpResponse<String> created = ledger.post("/api/v1/deals", edges, Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode stored = json(ledger.get(created.headers().firstValue("Location").orElseThrow()));

        assertThat(stored.get("announcedOn").asText()).isEqualTo("1900-01-01");
        assertThat(stored.at("/term/start").asText()).isEqualTo("2200-12-31");
        assertThat(stored.at("/term/end").asText()).isEqualTo("2300-12-31");
        assertThat(stored.at("/commitments/0/fullCapacityBy").asText()).isEqualTo("2200-12-31");
        assertThat(stored.at("/expansion/through").asText()).isEqualTo("2200-12-31");
        assertThat(stored.at("/sources/0/publishedOn").asText()).isEqualTo("1900-01-01");
        assertThat(stored).isEqualTo(json(created));
    }

    @Test
    void rowsThatTodaysRulesWouldRefuseBreakNoRead() throws Exception {
        String customer = "Planted Co";
        String body = FIXTURE.replace("\"OpenAI\"", "\"" + customer + "\"");
        String zeroMonths = id(ledger.post("/api/v1/deals", body, Map.of()));
        String negative = id(ledger.post("/api/v1/deals", body.replace("\"aws\"", "\"oracle\""), Map.of()));
        String early = id(ledger.post("/api/v1/deals", body.replace("\"aws\"", "\"google-cloud\""), Map.of()));
        assertThat(ledger.sql("update deal set term_months = 0 where id = '" + zeroMonths + "'")).isEqualTo(1);
        assertThat(ledger.sql("update deal set value_low = -5, value_high = -5 where id = '" + negative + "'")).isEqualTo(1);
        assertThat(ledger.sql("update deal set announced_on = date '1500-03-01', term_start = date '2027-06-01' "
                + "where id = '" + early + "'")).isEqualTo(1);
        assertThat(ledger.sql("update deal_commitment set units = 0 where deal_id = '" + early + "'")).isEqualTo(2);

        for (String id : List.of(zeroMonths, negative, early)) {
            assertReadable("/api/v1/deals/" + id);
            assertReadable("/api/v1/deals/" + id + "/history");
        }
        assertThat(json(ledger.get("/api/v1/deals/" + zeroMonths)).has("annualizedValue")).isFalse();
        assertThat(json(ledger.get("/api/v1/deals/" + negative)).at("/value/amount").asText()).isEqualTo("-5.00");
        assertThat(json(ledger.get("/api/v1/deals/" + early)).get("announcedOn").asText()).isEqualTo("1500-03-01");
        for (String path : List.of("/api/v1/deals?limit=100", "/api/v1/deals?customer=planted+co&sort=customer",
                "/api/v1/analytics/concentration", "/api/v1/analytics/concentration?measure=power",
                "/api/v1/analytics/concentration?announcedFrom=1900-01-01",
                "/api/v1/analytics/concentration?measure=power&customer=planted+co",
                "/api/v1/analytics/exposure?customer=Planted+Co",
                "/api/v1/analytics/capacity-timeline?from=2025-01-01&to=2030-12-31&groupBy=customer")) {
            assertReadable(path);
        }
        StringWriter exported = new StringWriter();
        ImportReport restoredAgain = ledger.withCommandServices(services -> {
            LedgerExporter exporter = new LedgerExporter(services.inPorts(), WebTestSupport.MAPPER, services.clock());
            exporter.json(exported, Progress.of(new PrintStream(OutputStream.nullOutputStream()), "deals"));
            return new BackupImporter(services.inPorts(), WebTestSupport.MAPPER,
                    Progress.of(new PrintStream(OutputStream.nullOutputStream()), "records"))
                    .json(new StringReader(exported.toString()), () -> 1);
        });
        assertThat(WebTestSupport.strictJson(exported.toString()).get("deals").toString())
                .contains(zeroMonths, negative, early);
        assertThat(restoredAgain.refused()).as("the planted rows are backed up as stored and read back the same")
                .isEmpty();
        assertThat(restoredAgain.stored()).isZero();

        HttpResponse<String> revise = ledger.put("/api/v1/deals/" + zeroMonths,
                body.replace("\"durationMonths\": 84", "\"durationMonths\": 0").replace("CONFIRMED", "REPORTED"),
                Map.of("If-Match", "\"1\""));
        assertThat(revise.statusCode()).isEqualTo(422);
        assertThat(json(revise).at("/errors/0/field").asText()).isEqualTo("term.durationMonths");
        assertThat(json(ledger.get("/api/v1/deals/" + zeroMonths)).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aRevisionThatChangesNothingKeepsTheVersionTheEtagAndTheHistory() {
        HttpResponse<String> created = ledger.post("/api/v1/deals", FIXTURE.replace("\"OpenAI\"", "\"Same Co\""),
                Map.of());
        String path = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> unchanged = ledger.put(path, FIXTURE.replace("\"OpenAI\"", "\"Same Co\""),
                Map.of("If-Match", "\"1\""));

        assertThat(unchanged.statusCode()).isEqualTo(200);
        assertThat(unchanged.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(json(unchanged).get("version").asInt()).isEqualTo(1);
        assertThat(json(ledger.get(path + "/history"))).hasSize(1);
    }

    private static void assertReadable(String path) {
        HttpResponse<String> response = ledger.get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        json(response);
    }

    private static String term(String start, int months) {
        return FIXTURE.replace("\"term\": { \"start\": \"2025-11-03\", \"durationMonths\": 84 }",
                "\"term\": { \"start\": \"" + start + "\", \"durationMonths\": " + months + " }");
    }

    /** The first field a refused request names; fails unless it was a 4xx problem. */
    private static String refusal(String body) {
        HttpResponse<String> response = ledger.post("/api/v1/deals", body, Map.of());
        assertThat(response.statusCode()).as(body).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return json(response).at("/errors/0/field").asText();
    }

    private static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    private static int dealCount() {
        return json(ledger.get("/api/v1/deals?limit=100")).get("items").size();
    }
}
