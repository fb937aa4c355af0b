package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.access.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fuzzing driven by the OpenAPI document the service serves: every request is built from an operation of
 * the document — its path and query parameters, headers and request-body schema — with values that are
 * sometimes valid, sometimes subtly wrong and sometimes hostile (1e400, 10,000-digit numbers, control
 * characters, other scripts, wrong types, broken JSON, wrong media type, bad keys). Seeded, so a failure
 * replays. Asserts no 5xx, every response's status and body as the document describes them, and no stack
 * trace, SQL or internal class name in any answer.
 */
class OpenApiFuzzTest {

    private static final long SEED = 20_261_129L;
    private static final int REQUESTS = 1_200;

    private static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "a\u0007b", "line\nbreak",
            "شركة الذكاء الاصطناعي", "深度求索", "Ωmega 🚀", "'; drop table deal; --", "../../etc/passwd",
            "%00", "<script>alert(1)</script>", "x".repeat(5_000), "\uD800", "a\uDC00b", "\u202Egnp.exe", "a\u2066b", "null", "1e400");
    private static final List<String> HOSTILE_NUMBERS = List.of("1e400", "-1e400", "1" + "0".repeat(10_000), "0",
            "-1", "84.5", "9223372036854775808", "NaN", "\"12\"", "true", "[]", "{}", "null");

    /** What would betray the implementation: stack frames, exception and internal class names, SQL drivers. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at com.", "at org.", "com.computeledger",
            "org.h2", "org.jdbi", "org.postgresql", "java.lang", "jakarta.", "SQLSTATE", "select ");

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.perClass();

    private static JsonNode document;
    private static OpenApiInteractionValidator validator;
    private static Map<Role, String> keys;

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The last exchange, named when a request gets no answer (a server closing early shows up there). */
    private String previous = "";
    private final List<String> knownDeals = new ArrayList<>(List.of(ArticleDemoData.OPENAI_AWS.toString()));

    @BeforeAll
    static void start() throws Exception {
        String served = ledger.get("/openapi.json").body();
        document = WebTestSupport.MAPPER.readTree(served);
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(served).build();
        keys = Map.of(Role.READER, ledger.issueKey("fuzz-reader", Role.READER),
                Role.EDITOR, ledger.issueKey("fuzz-editor", Role.EDITOR),
                Role.ADMIN, ledger.issueKey("fuzz-admin", Role.ADMIN));
    }

    @Test
    void generatedRequestsGetNo5xxAndOnlyDocumentedAnswers() throws Exception {
        List<Operation> operations = operations();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < REQUESTS; n++) {
            Operation operation = operations.get(random.nextInt(operations.size()));
            Exchange exchange = send(operation);
            statuses.merge(exchange.status(), 1, Integer::sum);
            check(exchange).ifPresent(problem -> failures.add("#" + failures.size() + " " + problem));
            if (exchange.status() == 201 && operation.path().equals("/api/v1/deals")) {
                exchange.location().ifPresent(knownDeals::add);
            }
        }

        assertThat(failures).as("statuses seen: " + statuses).isEmpty();
        assertThat(statuses.keySet()).as("no 5xx among " + statuses).allMatch(status -> status < 500);
        int successes = statuses.entrySet().stream().filter(entry -> entry.getKey() < 300)
                .mapToInt(Map.Entry::getValue).sum();
        assertThat(successes).as("valid requests among " + statuses).isGreaterThan(REQUESTS / 5);
        assertThat(REQUESTS - successes).as("invalid requests among " + statuses).isGreaterThan(REQUESTS / 5);
    }

    private Optional<String> check(Exchange exchange) {
        String request = exchange.method() + " " + exchange.uri() + " " + abbreviated(exchange.body());
        if (exchange.status() >= 500) {
            return Optional.of(exchange.status() + " for " + request + " -> " + abbreviated(exchange.answer()));
        }
        for (String internal : INTERNALS) {
            if (exchange.answer().contains(internal)) {
                return Optional.of("'" + internal + "' in the answer to " + request + ": "
                        + abbreviated(exchange.answer()));
            }
        }
        if (exchange.contentType().filter(type -> type.contains("json")).isPresent()) {
            WebTestSupport.strictJson(exchange.answer());
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status()).withBody(exchange.answer());
        exchange.contentType().ifPresent(response::withContentType);
        ValidationReport report = validator.validateResponse(URI.create(exchange.uri()).getRawPath(),
                Request.Method.valueOf(exchange.method()), response.build());
        List<String> messages = report.getMessages().stream()
                .filter(message -> !message.getKey().equals("validation.response.path.missing"))
                .map(ValidationReport.Message::getMessage).toList();
        if (report.getMessages().stream().anyMatch(message -> message.getKey().equals("validation.response.path.missing"))
                && exchange.status() != 404 && exchange.status() != 400) {
            messages = List.of("a path outside the document answered " + exchange.status());
        }
        return messages.isEmpty() ? Optional.empty()
                : Optional.of(request + " -> " + exchange.status() + " " + messages);
    }

    private Exchange send(Operation operation) throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        String path = operation.path();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.get("name").asText();
            switch (parameter.get("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", encode(pathValue(operation.path())));
                case "query" -> {
                    if (random.nextInt(3) > 0) {
                        query.put(name, queryValue(name));
                    }
                }
                case "header" -> headerValue(name).ifPresent(value -> headers.put(name, value));
                default -> {
                }
            }
        }
        String uri = path + (query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue())).collect(Collectors.joining("&")));
        authorization(operation).ifPresent(value -> headers.put("Authorization", value));
        String body = null;
        if (operation.bodySchema() != null) {
            body = body(operation.bodySchema());
            headers.put("Content-Type", random.nextInt(25) == 0 ? "text/plain" : "application/json");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(ledger.uri(uri)).timeout(Duration.ofSeconds(30))
                .method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), WebTestSupport.STRICT_UTF8);
        } catch (IOException noAnswer) {
            throw new AssertionError("no answer to " + operation.method() + " " + uri + " (body of "
                    + (body == null ? 0 : body.length()) + " chars: " + abbreviated(body) + ") " + headers
                    + "; previous: " + previous, noAnswer);
        }
        previous = operation.method() + " " + uri + " " + headers + " -> " + response.statusCode() + " "
                + response.headers().map();
        return new Exchange(operation.method(), uri, body, response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type"), response.headers().firstValue("Location")
                .map(location -> location.substring(location.lastIndexOf('/') + 1)));
    }

    private String pathValue(String template) {
        int pick = random.nextInt(10);
        if (template.startsWith("/api/v1/deals/")) {
            return pick < 7 ? knownDeals.get(random.nextInt(knownDeals.size()))
                    : pick < 9 ? UUID.randomUUID().toString() : nonEmpty(hostileText());
        }
        String known = template.contains("providers") ? oneOf("aws", "oracle", "nvidia") : oneOf("nvidia-gb200", "nvidia-h100");
        return pick < 7 ? known : pick < 9 ? "no-such-" + random.nextInt(1000) : nonEmpty(hostileText());
    }

    /** A path segment is never empty: an empty one would name another route. */
    private static String nonEmpty(String text) {
        return text.isEmpty() ? "-" : text;
    }

    private String queryValue(String name) {
        if (random.nextInt(4) == 0) {
            return random.nextBoolean() ? hostileText() : hostileNumber();
        }
        return switch (name) {
            case "from", "announcedFrom" -> date(2024, 2026).toString();
            case "to", "announcedTo" -> date(2026, 2029).toString();
            case "granularity" -> oneOf("month", "quarter");
            case "groupBy" -> oneOf("provider", "customer");
            case "measure" -> oneOf("value", "power");
            case "guidelines" -> oneOf("us-2023", "us-2010");
            case "sort" -> oneOf("announcedOn", "-announcedOn", "recordedAt", "-recordedAt", "customer", "-customer");
            case "limit" -> String.valueOf(1 + random.nextInt(100));
            case "status" -> oneOf("ANNOUNCED", "ACTIVE", "COMPLETED", "CANCELLED");
            case "provider" -> oneOf("aws", "oracle", "google-cloud", "microsoft-azure");
            case "customer" -> oneOf("OpenAI", "openai", "Anthropic", "深度求索");
            case "cursor" -> random.nextBoolean() ? "" : "QUJD";
            default -> decimal();
        };
    }

    private Optional<String> headerValue(String name) {
        int pick = random.nextInt(10);
        return switch (name) {
            case "If-Match" -> pick < 6 ? Optional.of("\"" + (1 + random.nextInt(3)) + "\"")
                    : pick < 8 ? Optional.empty() : Optional.of(oneOf("*", "W/\"1\"", "\"x\"", "1"));
            case "Idempotency-Key" -> pick < 3 ? Optional.of("fuzz-key-" + random.nextInt(5))
                    : pick < 4 ? Optional.of("k".repeat(300)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<String> authorization(Operation operation) {
        if (operation.method().equals("GET")) {
            return Optional.empty();
        }
        int pick = random.nextInt(20);
        if (pick < 14) {
            return Optional.of("Bearer " + keys.get(operation.path().contains("/deals") ? Role.EDITOR : Role.ADMIN));
        }
        return pick < 16 ? Optional.of("Bearer " + keys.get(Role.READER))
                : pick < 18 ? Optional.empty()
                : Optional.of(oneOf("Bearer cl_0000000000000000_" + "A".repeat(43), "Basic Zm9vOmJhcg==",
                "Bearer", "Bearer " + "x".repeat(2_000)));
    }

    /** A body for {@code schema}: mostly its shape with plausible values, some nodes mutated, some bodies broken. */
    private String body(JsonNode schema) {
        int pick = random.nextInt(40);
        return switch (pick) {
            case 0 -> "";
            case 1 -> "{\"customer\": ";
            case 2 -> "not json at all";
            case 3 -> "[]";
            case 4 -> "null";
            default -> value(schema, "body", 0);
        };
    }

    private String value(JsonNode schema, String name, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > 0 && random.nextInt(14) == 0) {
            return mutation();
        }
        String type = resolved.path("type").asText("object");
        if (resolved.has("enum")) {
            JsonNode values = resolved.get("enum");
            return random.nextInt(12) == 0 ? "\"BOGUS\"" : values.get(random.nextInt(values.size())).toString();
        }
        return switch (type) {
            case "object" -> object(resolved, depth);
            case "array" -> {
                int size = random.nextInt(20) == 0 ? 25 : random.nextInt(3);
                List<String> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    items.add(value(resolved.get("items"), name, depth + 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
            case "integer" -> random.nextInt(6) == 0 ? hostileNumber() : String.valueOf(1 + random.nextInt(120));
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> "date".equals(resolved.path("format").asText()) ? quoted(date(2024, 2028).toString())
                    : quoted(text(name));
        };
    }

    private String object(JsonNode schema, int depth) {
        List<String> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (random.nextInt(12) > 0) {
                fields.add(quoted(property.getKey()) + ":" + value(property.getValue(), property.getKey(), depth + 1));
            }
        }
        if (random.nextInt(25) == 0) {
            fields.add("\"unexpectedField\":1");
        }
        return "{" + String.join(",", fields) + "}";
    }

    /** A plausible value for a string field, chosen by its name. */
    private String text(String name) {
        return switch (name) {
            case "providerId" -> oneOf("aws", "oracle", "google-cloud", "microsoft-azure");
            case "acceleratorId" -> oneOf("nvidia-gb200", "nvidia-gb300", "nvidia-h100", "no-such-chip");
            case "id" -> "fuzz-" + random.nextInt(100_000);
            case "kind" -> oneOf("exact", "range", "undisclosed", "HYPERSCALER", "NEOCLOUD");
            case "currency" -> random.nextInt(10) == 0 ? "EUR" : "USD";
            case "amount", "low", "high", "gigawatts", "allInKilowattsPerUnit" -> random.nextInt(6) == 0
                    ? hostileNumber() : decimal();
            case "address" -> random.nextInt(8) == 0 ? "not a url" : "https://example.com/" + random.nextInt(999);
            default -> random.nextInt(5) == 0 ? hostileText() : oneOf("OpenAI", "Anthropic", "شركة الذكاء",
                    "深度求索", "Lab " + random.nextInt(99));
        };
    }

    private String mutation() {
        return switch (random.nextInt(6)) {
            case 0 -> "null";
            case 1 -> hostileNumber();
            case 2 -> quoted(hostileText());
            case 3 -> "[1,2,3]";
            case 4 -> "{\"nested\":{\"deeper\":[{}]}}";
            default -> "true";
        };
    }

    private String hostileNumber() {
        return HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size()));
    }

    private String hostileText() {
        return HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
    }

    private String decimal() {
        return (1 + random.nextInt(99_999)) + (random.nextBoolean() ? "" : "." + random.nextInt(100)) + "000000";
    }

    private LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private String oneOf(String... values) {
        return values[random.nextInt(values.length)];
    }

    private static String quoted(String text) {
        try {
            return WebTestSupport.MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode reference = schema.get("$ref");
        return reference == null ? schema
                : document.at(reference.asText().substring(1));
    }

    /** Every operation of the document, with its parameters and request-body schema. */
    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            List<JsonNode> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameters::add);
            JsonNode body = operation.at("/requestBody/content/application~1json/schema");
            operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
                    body.isMissingNode() ? null : body));
        }));
        assertThat(operations).as("operations in the document").hasSizeGreaterThanOrEqualTo(17);
        return operations;
    }

    /** One operation of the document. */
    private record Operation(String method, String path, List<JsonNode> parameters, JsonNode bodySchema) {
    }

    /** One request sent and its answer. */
    private record Exchange(String method, String uri, String body, int status, String answer,
                            Optional<String> contentType, Optional<String> location) {
    }
}
