package com.computeledger.adapters.web;

import com.computeledger.adapters.web.platform.http.QueryBeans;
import com.computeledger.adapters.web.platform.http.TextParameters;
import com.computeledger.adapters.web.platform.json.JsonBodies;
import com.computeledger.adapters.web.platform.json.JsonSettings;
import com.computeledger.adapters.web.platform.problem.Problem;
import com.computeledger.adapters.web.platform.problem.ProblemExceptionMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Shared set-up of the resource tests: the API's JSON rules, its one exception mapper, fixtures. */
public final class WebTestSupport {

    public static final ObjectMapper MAPPER = JsonSettings.apply(Jackson.newObjectMapper());

    /** Reads JSON as the strictest clients do: no duplicate keys, nothing after the value. */
    private static final ObjectReader STRICT_JSON = MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * A response body as text, refused unless it is well-formed UTF-8 when it is JSON or text (what jq and other
     * strict clients need: an unpaired surrogate cannot be encoded and would reach them as malformed bytes).
     * Binary bodies (the admin port's CPU profile) are read byte for byte.
     */
    public static final HttpResponse.BodyHandler<String> STRICT_UTF8 = info -> HttpResponse.BodySubscribers.mapping(
            HttpResponse.BodySubscribers.ofByteArray(), bytes -> isText(info.headers().firstValue("Content-Type"))
                    ? strictUtf8(bytes) : new String(bytes, StandardCharsets.ISO_8859_1));

    private WebTestSupport() {
    }

    /**
     * A resource extension configured like the application: no default mappers, only the problem mappers; the
     * application's JSON bodies, text parameters and parameter beans.
     */
    public static ResourceExtension resources(Object... resources) {
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setMapper(MAPPER)
                .setRegisterDefaultExceptionMappers(false)
                .addProvider(new JsonBodies(MAPPER))
                .addProvider(new TextParameters())
                .addProvider(new QueryBeans.Binder());
        ProblemExceptionMapper.all().forEach(builder::addProvider);
        for (Object resource : resources) {
            builder.addResource(resource);
        }
        return builder.build();
    }

    /** Parses {@code body} strictly ({@link #STRICT_JSON}); any deviation fails the test. */
    public static JsonNode strictJson(String body) {
        try {
            return STRICT_JSON.readTree(body);
        } catch (IOException notStrictJson) {
            throw new AssertionError("not strict JSON: " + notStrictJson.getMessage() + " in " + body, notStrictJson);
        }
    }

    private static boolean isText(Optional<String> contentType) {
        return contentType.map(type -> type.contains("json") || type.startsWith("text/")).orElse(true);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException malformed) {
            throw new AssertionError("the response body is not well-formed UTF-8", malformed);
        }
    }

    /** A text file under src/test/resources/fixtures. */
    public static String fixture(String name) {
        try (InputStream in = WebTestSupport.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The problem body of a response, checking its media type on the way. */
    public static Problem problem(Response response) {
        if (!response.getMediaType().toString().startsWith(Problem.MEDIA_TYPE)) {
            throw new AssertionError("expected " + Problem.MEDIA_TYPE + " but was " + response.getMediaType());
        }
        return response.readEntity(Problem.class);
    }
}
