package com.computeledger.adapters.web.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.adapters.web.WebTestSupport;
import io.dropwizard.jersey.jackson.JacksonMessageBodyProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class JsonBodiesTest {

    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new WriterResource());

    private static final Map<String, Object> BODY = Map.of("amount", "38000000000.00");

    /** An annotation that fails when hashed or compared, as a stand-in for a resource method's annotations. */
    private static final Annotation UNTOUCHABLE = new Annotation() {
        @Override
        public Class<? extends Annotation> annotationType() {
            return Deprecated.class;
        }

        @Override
        public int hashCode() {
            throw new AssertionError("the writer hashed the resource method's annotations");
        }

        @Override
        public boolean equals(Object other) {
            throw new AssertionError("the writer compared the resource method's annotations");
        }
    };

    @Test
    void writesABodyWithoutLookingAtTheResourceMethodsAnnotations() throws IOException {
        assertThat(write(new JsonBodies(WebTestSupport.MAPPER))).isEqualTo("{\"amount\":\"38000000000.00\"}");
    }

    @Test
    void dropwizardsOwnProviderHashesThemOnEveryResponse() {
        assertThatThrownBy(() -> write(new JacksonMessageBodyProvider(WebTestSupport.MAPPER)))
                .hasMessageContaining("hashed");
    }

    @Test
    void jerseyChoosesItOverDropwizardsProviderForJson() {
        assertThat(RESOURCES.target("/writer").request().get(String.class)).isEqualTo(JsonBodies.class.getName());
    }

    private static String write(JacksonMessageBodyProvider writer) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writer.writeTo(BODY, Map.class, Map.class, new Annotation[] {UNTOUCHABLE}, MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), body);
        return body.toString(StandardCharsets.UTF_8);
    }

    /** Names the writer Jersey picks for a JSON body. */
    @Hidden // a test resource: kept out of the OpenAPI document that other tests compare
    @Path("/writer")
    public static final class WriterResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String writer(@Context Providers providers) {
            return providers.getMessageBodyWriter(Map.class, Map.class, new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE).getClass().getName();
        }
    }
}
