package com.computeledger.adapters.web.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class QueryBeansTest {

    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new EchoResource());

    @Test
    void fillsABeanOfTextQueryParametersItsSuperclassAndANestedBean() {
        assertThat(RESOURCES.target("/beans/query").request().get(String.class))
                .isEqualTo("customer=null sort=-announcedOn status=[] provider=null nested=null");
        assertThat(RESOURCES.target("/beans/query").queryParam("customer", "Open AI", "ignored")
                .queryParam("status", "active", "").queryParam("provider", "aws").queryParam("limit", "2")
                .queryParam("sort", "customer").request().get(String.class))
                .isEqualTo("customer=Open AI sort=customer status=[active, ] provider=aws nested=2");
    }

    @Test
    void leavesABeanWithAnyOtherKindOfParameterToJersey() {
        assertThat(RESOURCES.target("/beans/header").queryParam("customer", "OpenAI").request()
                .header("X-Caller", "dashboard").get(String.class)).isEqualTo("customer=OpenAI caller=dashboard");
    }

    @Test
    void answersForQueryBeansOnlyAheadOfJerseysProvider() throws NoSuchMethodException {
        QueryBeans beans = new QueryBeans();

        assertThat(beans.getValueProvider(parameterOf("query", ListingQuery.class))).isNotNull();
        assertThat(beans.getValueProvider(parameterOf("header", WithHeader.class))).isNull();
        assertThat(beans.getValueProvider(parameterOf("plain", String.class))).isNull();
        assertThat(beans.getPriority()).isEqualTo(ValueParamProvider.Priority.HIGH);
    }

    private static Parameter parameterOf(String method, Class<?> type) throws NoSuchMethodException {
        return Parameter.<Parameter>create(EchoResource.class, EchoResource.class,
                EchoResource.class.getMethod(method, type), false).get(0);
    }

    /** Filters shared by several beans, as a superclass. */
    public static class Filters {
        @QueryParam("provider")
        private String provider;
    }

    /** A nested bean. */
    public static final class Page {
        @QueryParam("limit")
        private String limit;
    }

    /** A listing's parameters: text, a default, a repeatable one, inherited ones and a nested bean. */
    public static final class ListingQuery extends Filters {
        static final String NOT_A_PARAMETER = "constant";

        @QueryParam("customer")
        private String customer;

        @QueryParam("sort")
        @DefaultValue("-announcedOn")
        private String sort;

        @QueryParam("status")
        private List<String> statuses;

        @BeanParam
        private Page page;

        @Override
        public String toString() {
            return "customer=" + customer + " sort=" + sort + " status=" + statuses + " provider="
                    + ((Filters) this).provider + " nested=" + page.limit;
        }
    }

    /** A bean with a header among its parameters. */
    public static final class WithHeader {
        @QueryParam("customer")
        private String customer;

        @HeaderParam("X-Caller")
        private String caller;
    }

    /** Echoes what was injected. */
    @Hidden // a test resource: kept out of the OpenAPI document that other tests compare
    @Path("/beans")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class EchoResource {
        @GET
        @Path("/query")
        public String query(@BeanParam ListingQuery query) {
            return query.toString();
        }

        @GET
        @Path("/header")
        public String header(@BeanParam WithHeader query) {
            return "customer=" + query.customer + " caller=" + query.caller;
        }

        @GET
        @Path("/plain")
        public String plain(@QueryParam("customer") String customer) {
            return customer;
        }
    }
}
