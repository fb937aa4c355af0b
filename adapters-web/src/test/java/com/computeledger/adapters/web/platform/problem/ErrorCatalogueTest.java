package com.computeledger.adapters.web.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.adapters.web.deal.DealJson.DealRequest;
import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.application.deal.IdempotencyKeyReusedException;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.error.StorageUnavailableException;
import com.computeledger.domain.deal.DealClosedException;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.deal.IllegalStatusTransitionException;
import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.UnknownAcceleratorException;
import com.computeledger.domain.reference.UnknownOrganisationException;
import com.computeledger.domain.reference.UnknownProviderException;
import com.computeledger.domain.shared.InvariantViolationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.dropwizard.jersey.validation.Validators;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per entry of the error catalogue: exception → status → problem type (docs/adr/0005). */
class ErrorCatalogueTest {

    private static final DealId DEAL = new DealId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    static Stream<Arguments> catalogue() {
        return Stream.of(
                Arguments.of(new InvariantViolationException("value.amount", "must not be negative"),
                        ProblemType.INVALID_FIELD, "value.amount"),
                Arguments.of(new UnknownProviderException(new ProviderId("nope")), ProblemType.UNKNOWN_REFERENCE,
                        "providerId"),
                Arguments.of(new UnknownAcceleratorException(new AcceleratorId("tpu")), ProblemType.UNKNOWN_REFERENCE,
                        "commitments.acceleratorId"),
                Arguments.of(new UnknownOrganisationException("payee", new OrganisationId("nobody")),
                        ProblemType.UNKNOWN_REFERENCE, "payee"),
                Arguments.of(new IdempotencyKeyReusedException(new IdempotencyKey("k")),
                        ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key"),
                Arguments.of(new NotFoundException("deal", DEAL), ProblemType.NOT_FOUND, null),
                Arguments.of(new AlreadyExistsException("provider", "aws"), ProblemType.CONFLICT, null),
                Arguments.of(new StaleVersionException(DEAL, 1), ProblemType.STALE_VERSION, null),
                Arguments.of(new IllegalStatusTransitionException(DealStatus.COMPLETED, DealStatus.ACTIVE),
                        ProblemType.ILLEGAL_STATUS_TRANSITION, null),
                Arguments.of(new DealClosedException(DEAL, DealStatus.CANCELLED), ProblemType.DEAL_CLOSED, null),
                Arguments.of(new StorageUnavailableException(new SQLException("Connection refused", "08001")),
                        ProblemType.SERVICE_UNAVAILABLE, null),
                Arguments.of(new ConstraintViolationException(Validators.newValidator()
                                .validate(new BeanValidationProblemTest.AnnotatedBody(" ", List.of()))),
                        ProblemType.INVALID_FIELD, "name"),
                Arguments.of(ProblemException.unknownReference("commitments[1].acceleratorId", "is not in the catalog"),
                        ProblemType.UNKNOWN_REFERENCE, "commitments[1].acceleratorId"),
                Arguments.of(ProblemException.invalidParameter("limit", "must be between 1 and 100"),
                        ProblemType.INVALID_PARAMETER, "limit"),
                Arguments.of(new ProblemException(ProblemType.PRECONDITION_REQUIRED, "send If-Match", List.of()),
                        ProblemType.PRECONDITION_REQUIRED, null),
                Arguments.of(new jakarta.ws.rs.NotFoundException(), ProblemType.NOT_FOUND, null),
                Arguments.of(new NotAllowedException("GET"), ProblemType.METHOD_NOT_ALLOWED, null),
                Arguments.of(new NotSupportedException(), ProblemType.UNSUPPORTED_MEDIA_TYPE, null),
                Arguments.of(new WebApplicationException(406), ProblemType.NOT_ACCEPTABLE, null),
                Arguments.of(new WebApplicationException(413), ProblemType.PAYLOAD_TOO_LARGE, null),
                Arguments.of(new WebApplicationException(414), ProblemType.URI_TOO_LONG, null),
                Arguments.of(new WebApplicationException(429), ProblemType.RATE_LIMITED, null),
                Arguments.of(new WebApplicationException(431), ProblemType.REQUEST_HEADERS_TOO_LARGE, null),
                Arguments.of(new WebApplicationException(400), ProblemType.MALFORMED_REQUEST, null),
                Arguments.of(new IllegalStateException("secret internals at com.example.Foo"),
                        ProblemType.INTERNAL_ERROR, null));
    }

    @Test
    void aFieldErrorNamesItsFieldOnce() {
        Problem reused = ErrorCatalogue.problemFor(new IdempotencyKeyReusedException(new IdempotencyKey("abc-123")),
                "/api/v1/deals");

        assertThat(reused.detail()).startsWith("Idempotency-Key: 'abc-123' was already used for a different request");
        assertThat(reused.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).doesNotContain("Idempotency-Key"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("catalogue")
    void mapsEachFailureToItsProblem(Throwable failure, ProblemType type, String field) {
        Problem problem = ErrorCatalogue.problemFor(failure, "/api/v1/deals");

        assertThat(problem.type()).isEqualTo(type.uri());
        assertThat(problem.status()).isEqualTo(type.status());
        assertThat(problem.title()).isEqualTo(type.title());
        assertThat(problem.instance()).isEqualTo("/api/v1/deals");
        if (field == null) {
            assertThat(problem.errors()).isEmpty();
        } else {
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly(field);
        }
    }

    @Test
    void anUnexpectedFailureRevealsNothingOfItsCause() {
        Problem problem = ErrorCatalogue.problemFor(new IllegalStateException("SELECT * FROM deal at com.x.Y"), "/x");

        assertThat(problem.detail()).doesNotContain("SELECT", "com.x", "IllegalStateException");
    }

    @Test
    void jsonErrorsAreMalformedRequestsNamingThePath() {
        Problem unknownField = problemForBody("{\"customer\":\"X\",\"surprise\":1}");
        Problem wrongType = problemForBody("{\"commitments\":[{\"units\":\"many\"}]}");
        Problem notJson = problemForBody("{customer");
        Problem hugeNumber = problemForBody("{\"commitments\":[{\"units\":" + "9".repeat(10_000) + "}]}");

        assertThat(unknownField.errors()).extracting(Problem.FieldError::field).containsExactly("surprise");
        assertThat(wrongType.errors()).extracting(Problem.FieldError::field).containsExactly("commitments[0].units");
        assertThat(notJson.detail()).isEqualTo("the body is not valid JSON");
        assertThat(List.of(unknownField, wrongType, notJson, hugeNumber)).allSatisfy(problem ->
                assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST.uri()));
    }

    private static Problem problemForBody(String body) {
        try {
            WebTestSupport.MAPPER.readValue(body, DealRequest.class);
            throw new AssertionError("expected the body to be refused: " + body);
        } catch (JsonProcessingException refused) {
            return ErrorCatalogue.problemFor(refused, "/api/v1/deals");
        }
    }

    @Test
    void theApiReferenceListsEveryProblemTypeWithItsStatus() throws IOException {
        String readme = Files.readString(Path.of("..", "docs", "api.md"));
        for (ProblemType type : ProblemType.values()) {
            String slug = type.uri().toString().substring("urn:compute-ledger:problem:".length());
            assertThat(readme).as(slug).contains("| `" + slug + "` | " + type.status() + " |");
        }
    }
}
