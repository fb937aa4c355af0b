package com.computeledger.adapters.web;

import com.computeledger.adapters.web.json.JsonSettings;
import com.computeledger.adapters.web.problem.Problem;
import com.computeledger.adapters.web.problem.ProblemExceptionMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared set-up of the resource tests: the API's JSON rules, its one exception mapper, fixtures. */
public final class WebTestSupport {

    public static final ObjectMapper MAPPER = JsonSettings.apply(Jackson.newObjectMapper());

    private WebTestSupport() {
    }

    /** A resource extension configured like the application: no default mappers, only the problem mappers. */
    public static ResourceExtension resources(Object... resources) {
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setMapper(MAPPER)
                .setRegisterDefaultExceptionMappers(false);
        ProblemExceptionMapper.all().forEach(builder::addProvider);
        for (Object resource : resources) {
            builder.addResource(resource);
        }
        return builder.build();
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
