package com.computeledger.adapters.web.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jersey.jackson.JacksonMessageBodyProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Dropwizard's JSON reader and writer (validation included), except that a response body is written without
 * the annotations of the resource method. Jackson's provider keys its per-endpoint settings by those
 * annotations and hashes every one of them on every response; on our methods they are the OpenAPI
 * descriptions, hashed member by member, a twentieth of the CPU of a read by id. No resource method carries
 * a Jackson annotation ({@code @JsonView} and the like) for the writer to honour (docs/adr/0029).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
@Consumes({MediaType.APPLICATION_JSON, "text/json", "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "text/json", "application/*+json"})
public final class JsonBodies extends JacksonMessageBodyProvider {

    private static final Annotation[] NONE = new Annotation[0];

    public JsonBodies(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        super.writeTo(value, type, genericType, NONE, mediaType, headers, body);
    }
}
