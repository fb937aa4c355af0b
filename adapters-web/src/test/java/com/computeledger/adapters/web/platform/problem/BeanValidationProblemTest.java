package com.computeledger.adapters.web.platform.problem;

import static com.computeledger.adapters.web.WebTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bean-validation constraints, which Dropwizard checks before a resource method runs, fail as 422 problems
 * naming the fields as the client sent them. The API's own DTOs leave such rules to the domain; this
 * resource shows what a team gets when it annotates one.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BeanValidationProblemTest {

    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new AnnotatedResource());

    @Test
    void brokenConstraintsAre422NamingEachFieldByItsJsonPath() {
        Problem problem = problem(RESOURCES.target("/annotated").request()
                .post(Entity.json("{\"name\":\" \",\"items\":[{\"units\":1},{\"units\":0}]}")));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.type()).isEqualTo(ProblemType.INVALID_FIELD.uri());
        assertThat(problem.errors()).containsExactly(
                new Problem.FieldError("items[1].units", "must be greater than or equal to 1"),
                new Problem.FieldError("name", "must not be blank"));
        assertThat(problem.detail()).isEqualTo("items[1].units: must be greater than or equal to 1; "
                + "name: must not be blank");
    }

    @Test
    void aMissingBodyAndABadParameterAreNamedByTheParameter() {
        Problem problem = problem(RESOURCES.target("/annotated").queryParam("limit", "500").request()
                .post(Entity.entity("", MediaType.APPLICATION_JSON)));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("body", "limit");
    }

    /** A resource whose body and parameter carry bean-validation constraints; not part of the OpenAPI document. */
    @Hidden
    @Path("/annotated")
    public static final class AnnotatedResource {

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public String create(@Valid @NotNull AnnotatedBody body, @QueryParam("limit") @Max(100) Integer limit) {
            return "created";
        }
    }

    /** A body with constraints on a field and on the entries of a list. */
    public record AnnotatedBody(@NotBlank String name, @Valid List<Item> items) {
    }

    /** A list entry with a constraint. */
    public record Item(@Min(1) int units) {
    }
}
