package com.computeledger.adapters.web.deal;

import static com.computeledger.adapters.web.WebTestSupport.fixture;
import static com.computeledger.adapters.web.WebTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.adapters.web.platform.json.MergePatch;
import com.computeledger.adapters.web.platform.problem.Problem;
import com.computeledger.adapters.web.platform.problem.ProblemType;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.application.deal.port.in.DealUseCases.ChangeDealStatusCommand;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.application.deal.port.in.DealUseCases.RecordDealCommand;
import com.computeledger.application.deal.port.in.DealUseCases.RecordedDeal;
import com.computeledger.application.deal.port.in.DealUseCases.ReviseDealCommand;
import com.computeledger.application.deal.port.in.DealUseCases;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.deal.FieldChange;
import com.computeledger.domain.deal.IllegalStatusTransitionException;
import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.UnknownAcceleratorException;
import com.computeledger.domain.reference.UnknownProviderException;
import com.computeledger.domain.shared.Actor;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

/** The deal resource against mocked in-ports: HTTP mapping, headers and every error status it can produce. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DealResourceTest {

    private static final DealUseCases DEALS = mock(DealUseCases.class);

    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new DealResource(DEALS, WebTestSupport.MAPPER));

    private static final Deal AWS = Deal.record(ArticleDemoData.OPENAI_AWS, ArticleDemoData.deals().get(0).details(),
            new Actor("demo-data"), Instant.parse("2026-11-28T12:00:00Z")).deal();
    private static final String AWS_PATH = "/api/v1/deals/" + AWS.id();

    @AfterEach
    void resetMocks() {
        reset(DEALS);
    }

    @Test
    void recordingADealAnswers201WithLocationAndETag() {
        when(DEALS.record(any())).thenReturn(new RecordedDeal(AWS, false));

        Response response = post("/api/v1/deals", fixture("aws-deal-request.json"), Map.of());

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().getPath()).isEqualTo(AWS_PATH);
        assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        ArgumentCaptor<RecordDealCommand> command = ArgumentCaptor.forClass(RecordDealCommand.class);
        verify(DEALS).record(command.capture());
        assertThat(command.getValue().details()).isEqualTo(ArticleDemoData.deals().get(0).details());
        assertThat(command.getValue().actor()).as("no access control in front of the resource here")
                .isEqualTo(Actor.ANONYMOUS);
        assertThat(command.getValue().idempotencyKey()).isEmpty();
        assertThat(response.getHeaderString(DealResource.REPLAYED)).isNull();
    }

    @Test
    void aReplayedCreateAnswersLikeTheFirstAndSaysSo() {
        when(DEALS.record(any())).thenReturn(new RecordedDeal(AWS, true));

        Response response = post("/api/v1/deals", fixture("aws-deal-request.json"),
                Map.of(DealResource.IDEMPOTENCY_KEY, "retry-1"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().getPath()).isEqualTo(AWS_PATH);
        assertThat(response.getHeaderString(DealResource.REPLAYED)).isEqualTo("true");
        ArgumentCaptor<RecordDealCommand> command = ArgumentCaptor.forClass(RecordDealCommand.class);
        verify(DEALS).record(command.capture());
        assertThat(command.getValue().idempotencyKey()).contains(new IdempotencyKey("retry-1"));
    }

    @Test
    void aMalformedIdempotencyKeyIs400() {
        Problem problem = problem(post("/api/v1/deals", fixture("aws-deal-request.json"),
                Map.of(DealResource.IDEMPOTENCY_KEY, "has spaces")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("Idempotency-Key");
        verifyNoInteractions(DEALS);
    }

    @Test
    void anInvalidFieldIs422NamingItAndNothingIsRecorded() {
        String zeroMonths = fixture("aws-deal-request.json").replace("\"durationMonths\": 84", "\"durationMonths\": 0");

        Problem problem = problem(post("/api/v1/deals", zeroMonths, Map.of()));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("term.durationMonths");
        verifyNoInteractions(DEALS);
    }

    @Test
    void invalidNestedFieldsAreNamedByTheirJsonPath() {
        String negative = fixture("aws-deal-request.json").replace("\"38000000000\"", "\"-1\"");
        String badUnits = fixture("aws-deal-request.json").replaceFirst("\"units\": 100000", "\"units\": 0");
        String euro = fixture("aws-deal-request.json").replace("\"currency\": \"USD\"", "\"currency\": \"EUR\"");

        assertThat(problem(post("/api/v1/deals", negative, Map.of())).errors())
                .extracting(Problem.FieldError::field).containsExactly("value.amount");
        assertThat(problem(post("/api/v1/deals", badUnits, Map.of())).errors())
                .extracting(Problem.FieldError::field).containsExactly("commitments[0].units");
        assertThat(problem(post("/api/v1/deals", euro, Map.of())).detail())
                .isEqualTo("value.currency: must be USD; EUR is not supported");
    }

    @Test
    void anUnknownProviderIs422() {
        when(DEALS.record(any())).thenThrow(new UnknownProviderException(new ProviderId("aws")));

        Problem problem = problem(post("/api/v1/deals", fixture("aws-deal-request.json"), Map.of()));

        assertThat(problem.type()).isEqualTo(ProblemType.UNKNOWN_REFERENCE.uri());
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("providerId");
    }

    @Test
    void anUnknownAcceleratorIs422NamingTheCommitmentThatNamesIt() {
        UnknownAcceleratorException unknown = new UnknownAcceleratorException(new AcceleratorId("nvidia-gb300"));
        when(DEALS.record(any())).thenThrow(unknown);
        when(DEALS.revise(any())).thenThrow(unknown);

        Problem recording = problem(post("/api/v1/deals", fixture("aws-deal-request.json"), Map.of()));
        Problem revising = problem(RESOURCES.target(AWS_PATH).request().header(HttpHeaders.IF_MATCH, "\"1\"")
                .put(Entity.json(fixture("aws-deal-request.json"))));

        assertThat(List.of(recording, revising)).allSatisfy(problem -> {
            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.type()).isEqualTo(ProblemType.UNKNOWN_REFERENCE.uri());
            assertThat(problem.errors()).extracting(Problem.FieldError::field)
                    .containsExactly("commitments[1].acceleratorId");
        });
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNotTruncated() {
        String fraction = fixture("aws-deal-request.json")
                .replace("\"durationMonths\": 84", "\"durationMonths\": 84.5");

        Problem problem = problem(post("/api/v1/deals", fraction, Map.of()));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(
                new Problem.FieldError("term.durationMonths", "must be a whole number"));
        verifyNoInteractions(DEALS);
    }

    @Test
    void aDateMustBeAnIsoStringNotANumber() {
        String number = fixture("aws-deal-request.json")
                .replace("\"announcedOn\": \"2025-11-03\"", "\"announcedOn\": 20395");

        Problem problem = problem(post("/api/v1/deals", number, Map.of()));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(
                new Problem.FieldError("announcedOn", "must be an ISO-8601 date such as 2025-11-03"));
        verifyNoInteractions(DEALS);
    }

    @Test
    void anEmptyBodyIsOne422NamingEveryMissingField() {
        Problem problem = problem(post("/api/v1/deals", "{}", Map.of()));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactly("customer", "providerId", "announcedOn", "value", "valueConfidence");
        verifyNoInteractions(DEALS);
    }

    @Test
    void everyInvalidFieldIsNamedInOneAnswerNestedOnesByTheirPath() {
        String manyWrongs = """
                {"customer": " ", "providerId": "Not A Slug", "announcedOn": "2025-11-03",
                 "term": {"start": "2025-11-03", "durationMonths": 0},
                 "value": {"kind": "exact", "amount": "-1"}, "valueConfidence": "REPORTED",
                 "commitments": [{"acceleratorId": "nvidia-gb300", "units": -5}, {"acceleratorId": "BAD ID"}],
                 "sources": [{"title": "t", "address": "not a uri at all"}]}""";

        Problem problem = problem(post("/api/v1/deals", manyWrongs, Map.of()));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).contains("customer", "providerId",
                "term.durationMonths", "value.amount", "commitments[1].acceleratorId", "sources[0].address");
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .anyMatch(field -> field.startsWith("commitments[0]."));
        verifyNoInteractions(DEALS);
    }

    @Test
    void aNullListEntryIsNamedByItsIndex() {
        String nullEntry = fixture("aws-deal-request.json").replace("\"commitments\": [", "\"commitments\": [null, ");

        Problem problem = problem(post("/api/v1/deals", nullEntry, Map.of()));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("commitments[0]", "is required"));
        verifyNoInteractions(DEALS);
    }

    @Test
    void malformedJsonIs400AndAWrongMediaTypeIs415() {
        Response malformed = post("/api/v1/deals", "{\"customer\": ", Map.of());
        Response text = RESOURCES.target("/api/v1/deals").request().post(Entity.text("hello"));

        assertThat(problem(malformed).status()).isEqualTo(400);
        assertThat(problem(text).status()).isEqualTo(415);
        verifyNoInteractions(DEALS);
    }

    @Test
    void readingADealGivesItsVersionAsETag() {
        when(DEALS.get(AWS.id())).thenReturn(AWS);

        Response response = RESOURCES.target(AWS_PATH).request().get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat(response.readEntity(DealJson.DealResponse.class).annualizedValue().amount())
                .isEqualTo("5428571428.57");
    }

    @Test
    void anUnknownOrMalformedIdIs404() {
        when(DEALS.get(AWS.id())).thenThrow(new NotFoundException("deal", AWS.id()));

        assertThat(problem(RESOURCES.target(AWS_PATH).request().get()).status()).isEqualTo(404);
        Problem malformed = problem(RESOURCES.target("/api/v1/deals/not-a-uuid").request().get());
        assertThat(malformed.status()).as("a segment that is not an id names no deal").isEqualTo(404);
        assertThat(malformed.detail()).isEqualTo("deal 'not-a-uuid' does not exist");
        verify(DEALS).get(AWS.id()); // and nothing for the malformed one
    }

    @Test
    void aRevisionNeedsIfMatch() {
        Problem missing = problem(RESOURCES.target(AWS_PATH).request()
                .put(Entity.json(fixture("aws-deal-request.json"))));
        Problem malformed = problem(RESOURCES.target(AWS_PATH).request().header(HttpHeaders.IF_MATCH, "one")
                .put(Entity.json(fixture("aws-deal-request.json"))));

        assertThat(missing.status()).isEqualTo(428);
        assertThat(malformed.status()).isEqualTo(400);
        verifyNoInteractions(DEALS);
    }

    @Test
    void aRevisionPassesTheVersionItWasReadAt() {
        Deal revised = Deal.rehydrate(AWS.id(), AWS.details(), AWS.status(), 2, AWS.recordedAt(),
                Instant.parse("2026-11-29T00:00:00Z"));
        when(DEALS.revise(any())).thenReturn(revised);

        Response response = RESOURCES.target(AWS_PATH).request().header(HttpHeaders.IF_MATCH, "\"1\"")
                .put(Entity.json(fixture("aws-deal-request.json")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"2\"");
        ArgumentCaptor<ReviseDealCommand> command = ArgumentCaptor.forClass(ReviseDealCommand.class);
        verify(DEALS).revise(command.capture());
        assertThat(command.getValue().expectedVersion()).isEqualTo(1);
    }

    @Test
    void aDealAsReadCanBeSentBackWithPutUnchanged() {
        when(DEALS.get(AWS.id())).thenReturn(AWS);
        when(DEALS.revise(any())).thenReturn(AWS);
        Response read = RESOURCES.target(AWS_PATH).request().get();
        String etag = read.getHeaderString(HttpHeaders.ETAG);

        Response written = RESOURCES.target(AWS_PATH).request().header(HttpHeaders.IF_MATCH, etag)
                .put(Entity.json(read.readEntity(String.class)));

        assertThat(written.getStatus()).isEqualTo(200);
        ArgumentCaptor<ReviseDealCommand> command = ArgumentCaptor.forClass(ReviseDealCommand.class);
        verify(DEALS).revise(command.capture());
        assertThat(command.getValue().details()).isEqualTo(AWS.details());
        assertThat(command.getValue().expectedVersion()).isEqualTo(1);
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNames() {
        when(DEALS.get(AWS.id())).thenReturn(AWS);
        when(DEALS.revise(any())).thenReturn(AWS);

        Response patched = patch("{\"customer\": \"OpenAI Group\", \"term\": {\"durationMonths\": 84},"
                + " \"status\": \"COMPLETED\"}", "\"1\"");

        assertThat(patched.getStatus()).isEqualTo(200);
        ArgumentCaptor<ReviseDealCommand> command = ArgumentCaptor.forClass(ReviseDealCommand.class);
        verify(DEALS).revise(command.capture());
        DealDetails sent = command.getValue().details();
        assertThat(sent.customer().name()).isEqualTo("OpenAI Group");
        assertThat(sent.term()).isEqualTo(AWS.details().term());
        assertThat(sent).usingRecursiveComparison().ignoringFields("customer").isEqualTo(AWS.details());
    }

    @Test
    void aMergePatchNeedsIfMatchAndItsOwnMediaType() {
        when(DEALS.get(AWS.id())).thenReturn(AWS);

        Problem withoutIfMatch = problem(patch("{\"customer\": \"X\"}", null));
        Response asPlainJson = RESOURCES.target(AWS_PATH).request().header(HttpHeaders.IF_MATCH, "\"1\"")
                .method("PATCH", Entity.json("{\"customer\": \"X\"}"));
        Problem removingARequiredField = problem(patch("{\"customer\": null}", "\"1\""));

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(problem(asPlainJson).status()).isEqualTo(415);
        assertThat(removingARequiredField.status()).isEqualTo(422);
        assertThat(removingARequiredField.errors()).extracting(Problem.FieldError::field).containsExactly("customer");
        verify(DEALS, never()).revise(any());
    }

    @Test
    void aStaleRevisionIs412() {
        when(DEALS.revise(any())).thenThrow(new StaleVersionException(AWS.id(), 1));

        Problem problem = problem(RESOURCES.target(AWS_PATH).request().header(HttpHeaders.IF_MATCH, "\"1\"")
                .put(Entity.json(fixture("aws-deal-request.json"))));

        assertThat(problem.status()).isEqualTo(412);
        assertThat(problem.type()).isEqualTo(ProblemType.STALE_VERSION.uri());
    }

    @Test
    void statusMovesAre200WhenLegalAnd409WhenNot() {
        Deal active = AWS.changeStatus(DealStatus.ACTIVE, new Actor("x"), Instant.parse("2026-11-29T00:00:00Z")).deal();
        when(DEALS.changeStatus(new ChangeDealStatusCommand(AWS.id(), 1, DealStatus.ACTIVE, Actor.ANONYMOUS)))
                .thenReturn(active);
        when(DEALS.changeStatus(new ChangeDealStatusCommand(AWS.id(), 1, DealStatus.COMPLETED, Actor.ANONYMOUS)))
                .thenThrow(new IllegalStatusTransitionException(DealStatus.ANNOUNCED, DealStatus.COMPLETED));

        Response moved = statusChange("ACTIVE");
        Problem refused = problem(statusChange("COMPLETED"));

        assertThat(moved.getStatus()).isEqualTo(200);
        assertThat(moved.readEntity(DealJson.DealResponse.class).status()).isEqualTo(DealStatus.ACTIVE);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("cannot move from ANNOUNCED to COMPLETED");
        assertThat(problem(statusChange("FINISHED")).errors()).containsExactly(
                new Problem.FieldError("status", "must be one of ANNOUNCED, ACTIVE, COMPLETED, CANCELLED"));
    }

    @Test
    void aReadRepeatingTheCurrentETagIs304WithoutABody() {
        when(DEALS.get(AWS.id())).thenReturn(AWS);
        String etag = RESOURCES.target(AWS_PATH).request().get().getHeaderString(HttpHeaders.ETAG);

        Response unchanged = RESOURCES.target(AWS_PATH).request().header(HttpHeaders.IF_NONE_MATCH, etag).get();
        Response weakAmongOthers = RESOURCES.target(AWS_PATH).request()
                .header(HttpHeaders.IF_NONE_MATCH, "\"7\", W/" + etag).get();
        Response older = RESOURCES.target(AWS_PATH).request().header(HttpHeaders.IF_NONE_MATCH, "\"0\"").get();

        assertThat(etag).isEqualTo("\"1\"");
        assertThat(unchanged.getStatus()).isEqualTo(304);
        assertThat(unchanged.getHeaderString(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(unchanged.readEntity(String.class)).isEmpty();
        assertThat(weakAmongOthers.getStatus()).isEqualTo(304);
        assertThat(older.getStatus()).isEqualTo(200);
        assertThat(older.readEntity(DealJson.DealResponse.class).id()).isEqualTo(AWS.id().toString());
    }

    @Test
    void listsAPageWhoseNextLinkKeepsTheQuery() {
        DealCursor cursor = new DealCursor(DealSort.ANNOUNCED_ON_DESC, LocalDate.parse("2025-11-03"), AWS.id());
        when(DEALS.list(any())).thenReturn(new DealPage(List.of(AWS), Optional.of(cursor)));

        Response response = RESOURCES.target("/api/v1/deals").queryParam("customer", "OpenAI")
                .queryParam("limit", "1").request().get();

        assertThat(response.getStatus()).isEqualTo(200);
        DealJson.DealPageResponse page = response.readEntity(DealJson.DealPageResponse.class);
        assertThat(page.items()).extracting(DealJson.DealResponse::id).containsExactly(AWS.id().toString());
        assertThat(URI.create(page.next())).isEqualTo(response.getLink("next").getUri());
        assertThat(URI.create(page.next()).getQuery()).contains("customer=OpenAI", "limit=1", "cursor=");
        ArgumentCaptor<ListDealsQuery> query = ArgumentCaptor.forClass(ListDealsQuery.class);
        verify(DEALS).list(query.capture());
        assertThat(query.getValue().limit()).isEqualTo(1);
        assertThat(query.getValue().filter().customer()).isPresent();
    }

    @Test
    void followingTheNextLinkAsGivenContinuesTheSameQuery() {
        DealCursor cursor = new DealCursor(DealSort.CUSTOMER_ASC, "openai", AWS.id());
        when(DEALS.list(any())).thenReturn(new DealPage(List.of(AWS), Optional.of(cursor)));
        String next = RESOURCES.target("/api/v1/deals").queryParam("customer", "OpenAI").queryParam("sort", "customer")
                .queryParam("status", "active").request().get(DealJson.DealPageResponse.class).next();

        Response followed = RESOURCES.target(URI.create(next).getPath()).queryParam("customer", "openai")
                .queryParam("sort", "customer").queryParam("status", "ACTIVE")
                .queryParam("cursor", cursorOf(next)).request().get();

        assertThat(followed.getStatus()).isEqualTo(200);
        ArgumentCaptor<ListDealsQuery> query = ArgumentCaptor.forClass(ListDealsQuery.class);
        verify(DEALS, times(2)).list(query.capture());
        assertThat(query.getAllValues().get(1).after()).contains(cursor);
    }

    @Test
    void aCursorReplayedWithOtherFiltersOrSortIs400() {
        DealCursor cursor = new DealCursor(DealSort.ANNOUNCED_ON_DESC, LocalDate.parse("2025-11-03"), AWS.id());
        when(DEALS.list(any())).thenReturn(new DealPage(List.of(AWS), Optional.of(cursor)));
        String token = cursorOf(RESOURCES.target("/api/v1/deals").queryParam("provider", "aws").request()
                .get(DealJson.DealPageResponse.class).next());

        Problem withoutFilters = problem(RESOURCES.target("/api/v1/deals").queryParam("cursor", token).request().get());
        Problem otherSort = problem(RESOURCES.target("/api/v1/deals").queryParam("provider", "aws")
                .queryParam("sort", "customer").queryParam("cursor", token).request().get());

        assertThat(withoutFilters.status()).isEqualTo(400);
        assertThat(withoutFilters.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("cursor");
            assertThat(error.message()).contains("other filters");
        });
        assertThat(otherSort.status()).isEqualTo(400);
        assertThat(otherSort.errors().get(0).message()).contains("sort '-announcedOn'");
        verify(DEALS, times(1)).list(any());
    }

    @Test
    void badListingParametersAre400NamingTheParameter() {
        assertThat(parameterError("limit", "500")).isEqualTo("limit");
        assertThat(parameterError("limit", "many")).isEqualTo("limit");
        assertThat(parameterError("sort", "value")).isEqualTo("sort");
        assertThat(parameterError("status", "OPEN")).isEqualTo("status");
        assertThat(parameterError("announcedFrom", "yesterday")).isEqualTo("announcedFrom");
        assertThat(parameterError("cursor", "bm90LWEtY3Vyc29y")).isEqualTo("cursor");
        assertThat(parameterError("provider", "Not A Slug")).isEqualTo("provider");
        verify(DEALS, never()).list(any());
    }

    @Test
    void everyFilterIgnoresLetterCaseAndAWrongStatusListsTheValuesAsAnswersWriteThem() {
        when(DEALS.list(any())).thenReturn(new DealPage(List.of(), Optional.empty()));

        Response upper = RESOURCES.target("/api/v1/deals").queryParam("provider", "AWS").queryParam("status", "active")
                .queryParam("customer", "OPENAI").request().get();
        Problem wrongStatus = problem(RESOURCES.target("/api/v1/deals").queryParam("status", "bogus").request().get());

        assertThat(upper.getStatus()).isEqualTo(200);
        ArgumentCaptor<ListDealsQuery> query = ArgumentCaptor.forClass(ListDealsQuery.class);
        verify(DEALS).list(query.capture());
        assertThat(query.getValue().filter().providerId()).contains(new ProviderId("aws"));
        assertThat(query.getValue().filter().statuses()).containsExactly(DealStatus.ACTIVE);
        assertThat(wrongStatus.errors()).containsExactly(
                new Problem.FieldError("status", "must be one of ANNOUNCED, ACTIVE, COMPLETED, CANCELLED"));
    }

    @Test
    void historyListsEveryChange() {
        when(DEALS.history(AWS.id())).thenReturn(List.of(new DealHistoryEntry(AWS.id(), 2, DealChangeKind.STATUS_CHANGED,
                new Actor("analyst"), Instant.parse("2026-11-29T00:00:00Z"),
                List.of(new FieldChange("status", Optional.of("ANNOUNCED"), Optional.of("ACTIVE"))))));

        List<DealJson.HistoryEntryResponse> history = RESOURCES.target(AWS_PATH + "/history").request()
                .get(new jakarta.ws.rs.core.GenericType<List<DealJson.HistoryEntryResponse>>() { });

        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("STATUS_CHANGED");
            assertThat(entry.changes()).containsExactly(new DealJson.FieldChangeJson("status", "ANNOUNCED", "ACTIVE"));
        });
    }

    private static String cursorOf(String nextLink) {
        return Arrays.stream(URI.create(nextLink).getQuery().split("&")).filter(part -> part.startsWith("cursor="))
                .map(part -> part.substring("cursor=".length())).findFirst().orElseThrow();
    }

    private static String parameterError(String name, String value) {
        Problem problem = problem(RESOURCES.target("/api/v1/deals").queryParam(name, value).request().get());
        assertThat(problem.status()).isEqualTo(400);
        return problem.errors().get(0).field();
    }

    private static Response statusChange(String status) {
        return RESOURCES.target(AWS_PATH + "/status").request().header(HttpHeaders.IF_MATCH, "\"1\"")
                .post(Entity.json("{\"status\":\"" + status + "\"}"));
    }

    private static Response patch(String json, String ifMatch) {
        var request = RESOURCES.target(AWS_PATH).request();
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.method("PATCH", Entity.entity(json, MergePatch.MEDIA_TYPE));
    }

    private static Response post(String path, String json, Map<String, String> headers) {
        var request = RESOURCES.target(path).request(MediaType.APPLICATION_JSON);
        headers.forEach(request::header);
        return request.post(Entity.json(json));
    }
}
