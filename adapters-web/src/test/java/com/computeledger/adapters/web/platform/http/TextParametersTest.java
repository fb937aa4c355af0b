package com.computeledger.adapters.web.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class TextParametersTest {

    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new EchoResource());

    @Test
    void textIsTakenAsItComesAndNothingElseIsConverted() {
        ParamConverter<String> text = new TextParameters().getConverter(String.class, String.class, new Annotation[0]);

        assertThat(text.fromString(" OpenAI ")).isEqualTo(" OpenAI ");
        assertThat(text.fromString(null)).isNull();
        assertThat(text.toString("aws")).isEqualTo("aws");
        assertThat(new TextParameters().getConverter(Integer.class, Integer.class, new Annotation[0])).isNull();
    }

    @Test
    void anAbsentParameterIsNullOrItsDefaultAndRepeatedOnesAreKept() {
        assertThat(RESOURCES.target("/echo").request().get(String.class))
                .isEqualTo("customer=null sort=-announcedOn status=[]");
        assertThat(RESOURCES.target("/echo").queryParam("customer", "Open AI").queryParam("sort", "customer")
                .queryParam("status", "active", "").request().get(String.class))
                .isEqualTo("customer=Open AI sort=customer status=[active, ]");
    }

    /** Query parameters of a bean, as the listings read them. */
    public static final class Query {
        @QueryParam("customer")
        String customer;

        @QueryParam("sort")
        @DefaultValue("-announcedOn")
        String sort;

        @QueryParam("status")
        List<String> statuses;
    }

    /** Echoes what Jersey injected. */
    @Hidden // a test resource: kept out of the OpenAPI document that other tests compare
    @Path("/echo")
    public static final class EchoResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String echo(@BeanParam Query query) {
            return "customer=" + query.customer + " sort=" + query.sort + " status=" + query.statuses;
        }
    }
}
