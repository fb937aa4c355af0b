package com.computeledger.adapters.web.reference;

import static com.computeledger.adapters.web.WebTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.adapters.web.platform.problem.Problem;
import com.computeledger.adapters.web.reference.ProviderResource.ProviderJson;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.reference.port.in.ProviderUseCases;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.ProviderKind;
import com.computeledger.domain.reference.UnknownOrganisationException;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The provider resource against a mocked in-port. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProviderResourceTest {

    private static final ProviderUseCases PROVIDERS = mock(ProviderUseCases.class);

    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new ProviderResource(PROVIDERS));

    @AfterEach
    void resetMocks() {
        reset(PROVIDERS);
    }

    @Test
    void registersAProviderWith201AndLocation() {
        Provider coreweave = new Provider(new ProviderId("coreweave"), "CoreWeave", ProviderKind.NEOCLOUD);
        when(PROVIDERS.register(coreweave)).thenReturn(coreweave);

        Response response = RESOURCES.target("/api/v1/providers").request()
                .post(Entity.json("{\"id\":\"coreweave\",\"name\":\"CoreWeave\",\"kind\":\"NEOCLOUD\"}"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().getPath()).isEqualTo("/api/v1/providers/coreweave");
        assertThat(response.readEntity(ProviderJson.class)).isEqualTo(new ProviderJson("coreweave", "CoreWeave",
                ProviderKind.NEOCLOUD, null));
    }

    @Test
    void aProviderNamesItsOwnerAndAnUnregisteredOwnerIs422NamingTheField() {
        Provider aws = new Provider(new ProviderId("aws"), "AWS", ProviderKind.HYPERSCALER,
                Optional.of(new OrganisationId("amazon")));
        when(PROVIDERS.register(aws)).thenReturn(aws);
        String body = "{\"id\":\"aws\",\"name\":\"AWS\",\"kind\":\"HYPERSCALER\",\"owner\":\"amazon\"}";

        assertThat(RESOURCES.target("/api/v1/providers").request().post(Entity.json(body))
                .readEntity(ProviderJson.class).owner()).isEqualTo("amazon");

        when(PROVIDERS.register(aws)).thenThrow(new UnknownOrganisationException("owner", new OrganisationId("amazon")));
        assertThat(problem(RESOURCES.target("/api/v1/providers").request().post(Entity.json(body))).errors())
                .extracting(error -> error.field()).containsExactly("owner");
    }

    @Test
    void aTakenProviderIdIs409AndABadOneIs422() {
        when(PROVIDERS.register(any())).thenThrow(new AlreadyExistsException("provider", "aws"));

        assertThat(problem(RESOURCES.target("/api/v1/providers").request()
                .post(Entity.json("{\"id\":\"aws\",\"name\":\"AWS\",\"kind\":\"HYPERSCALER\"}"))).status())
                .isEqualTo(409);
        assertThat(problem(RESOURCES.target("/api/v1/providers").request()
                .post(Entity.json("{\"id\":\"Not A Slug\",\"name\":\"X\",\"kind\":\"HYPERSCALER\"}"))).errors())
                .extracting(error -> error.field()).containsExactly("providerId");
    }

    @Test
    void aReadRepeatingTheCurrentETagIs304AndAChangedListIsNot() {
        when(PROVIDERS.list()).thenReturn(ArticleDemoData.providers());
        when(PROVIDERS.get(new ProviderId("aws"))).thenReturn(ArticleDemoData.providers().get(0));
        String listTag = RESOURCES.target("/api/v1/providers").request().get().getHeaderString(HttpHeaders.ETAG);
        String oneTag = RESOURCES.target("/api/v1/providers/aws").request().get().getHeaderString(HttpHeaders.ETAG);

        Response listUnchanged = RESOURCES.target("/api/v1/providers").request()
                .header(HttpHeaders.IF_NONE_MATCH, listTag).get();
        Response oneUnchanged = RESOURCES.target("/api/v1/providers/aws").request()
                .header(HttpHeaders.IF_NONE_MATCH, oneTag).get();
        when(PROVIDERS.list()).thenReturn(ArticleDemoData.providers().subList(0, 1));
        Response listChanged = RESOURCES.target("/api/v1/providers").request()
                .header(HttpHeaders.IF_NONE_MATCH, listTag).get();

        assertThat(listUnchanged.getStatus()).isEqualTo(304);
        assertThat(listUnchanged.getHeaderString(HttpHeaders.ETAG)).isEqualTo(listTag);
        assertThat(oneUnchanged.getStatus()).isEqualTo(304);
        assertThat(listChanged.getStatus()).isEqualTo(200);
        assertThat(listChanged.getHeaderString(HttpHeaders.ETAG)).isNotEqualTo(listTag);
        assertThat(listChanged.readEntity(new GenericType<List<ProviderJson>>() { })).hasSize(1);
    }

    @Test
    void listsAndReadsProviders() {
        when(PROVIDERS.list()).thenReturn(ArticleDemoData.providers());
        when(PROVIDERS.get(new ProviderId("nope"))).thenThrow(new NotFoundException("provider", "nope"));

        List<ProviderJson> all = RESOURCES.target("/api/v1/providers").request().get(new GenericType<>() { });

        assertThat(all).extracting(ProviderJson::id).contains("aws", "oracle");
        assertThat(problem(RESOURCES.target("/api/v1/providers/nope").request().get()).status()).isEqualTo(404);
        Problem notASlug = problem(RESOURCES.target("/api/v1/providers/Not%20A%20Slug").request().get());
        assertThat(notASlug.status()).as("a segment that is not an id names no provider").isEqualTo(404);
        assertThat(notASlug.detail()).isEqualTo("provider 'Not A Slug' does not exist");
    }

    @Test
    void aProviderComesWithAnETagThatFollowsItsContent() {
        Provider aws = ArticleDemoData.providers().get(0);
        when(PROVIDERS.get(aws.id())).thenReturn(aws);
        when(PROVIDERS.get(new ProviderId("renamed"))).thenReturn(
                new Provider(new ProviderId("renamed"), "Other name", ProviderKind.HYPERSCALER));

        String first = RESOURCES.target("/api/v1/providers/aws").request().get().getHeaderString("ETag");
        String again = RESOURCES.target("/api/v1/providers/aws").request().get().getHeaderString("ETag");
        String other = RESOURCES.target("/api/v1/providers/renamed").request().get().getHeaderString("ETag");

        assertThat(first).isNotBlank().isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    void aMissingOrUnknownKindIsRefusedNamingTheField() {
        Problem missing = problem(RESOURCES.target("/api/v1/providers").request()
                .post(Entity.json("{\"id\":\"coreweave\",\"name\":\"CoreWeave\"}")));
        Problem unknown = problem(RESOURCES.target("/api/v1/providers").request()
                .post(Entity.json("{\"id\":\"coreweave\",\"name\":\"CoreWeave\",\"kind\":\"BANK\"}")));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errors()).containsExactly(new Problem.FieldError("kind", "is required"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errors()).containsExactly(new Problem.FieldError("kind",
                "must be one of HYPERSCALER, NEOCLOUD, CHIP_VENDOR, DECENTRALIZED_NETWORK"));
        verifyNoInteractions(PROVIDERS);
    }
}
