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
import com.computeledger.adapters.web.platform.problem.ProblemType;
import com.computeledger.adapters.web.reference.AcceleratorResource.AcceleratorJson;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.reference.port.in.AcceleratorUseCases;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accelerator catalog resource against a mocked in-port. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AcceleratorResourceTest {

    private static final AcceleratorUseCases ACCELERATORS = mock(AcceleratorUseCases.class);

    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new AcceleratorResource(ACCELERATORS));

    private static final String TPU_JSON =
            "{\"id\":\"google-tpu-v7\",\"vendor\":\"Google\",\"model\":\"TPU v7\",\"allInKilowattsPerUnit\":\"1.250\"}";
    private static final Accelerator TPU = new Accelerator(new AcceleratorId("google-tpu-v7"), "Google", "TPU v7",
            new BigDecimal("1.250"));

    @AfterEach
    void resetMocks() {
        reset(ACCELERATORS);
    }

    @Test
    void registersAnAcceleratorWith201AndLocation() {
        when(ACCELERATORS.register(TPU)).thenReturn(TPU);

        Response response = RESOURCES.target("/api/v1/accelerators").request().post(Entity.json(TPU_JSON));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().getPath()).isEqualTo("/api/v1/accelerators/google-tpu-v7");
        assertThat(response.readEntity(AcceleratorJson.class))
                .isEqualTo(new AcceleratorJson("google-tpu-v7", "Google", "TPU v7", "1.250"));
    }

    @Test
    void aTakenIdIs409() {
        when(ACCELERATORS.register(any())).thenThrow(new AlreadyExistsException("accelerator", "google-tpu-v7"));

        Problem problem = problem(RESOURCES.target("/api/v1/accelerators").request().post(Entity.json(TPU_JSON)));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT.uri());
    }

    @Test
    void listsAndReadsTheCatalogWithPowerAsADecimalString() {
        when(ACCELERATORS.list()).thenReturn(ArticleDemoData.accelerators());
        when(ACCELERATORS.get(TPU.id())).thenReturn(TPU);

        List<AcceleratorJson> catalog = RESOURCES.target("/api/v1/accelerators").request()
                .get(new GenericType<>() { });
        AcceleratorJson one = RESOURCES.target("/api/v1/accelerators/google-tpu-v7").request()
                .get(AcceleratorJson.class);

        assertThat(catalog).first().isEqualTo(new AcceleratorJson("nvidia-gb200", "Nvidia", "GB200 (NVL72)", "2.200"));
        assertThat(one.allInKilowattsPerUnit()).isEqualTo("1.250");
    }

    @Test
    void anUnknownAcceleratorIs404() {
        when(ACCELERATORS.get(new AcceleratorId("nope"))).thenThrow(new NotFoundException("accelerator", "nope"));

        Problem problem = problem(RESOURCES.target("/api/v1/accelerators/nope").request().get());

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.instance()).isEqualTo("/api/v1/accelerators/nope");
    }

    @Test
    void aBadPowerFigureIs422NamingTheField() {
        Response response = RESOURCES.target("/api/v1/accelerators").request()
                .post(Entity.json(TPU_JSON.replace("\"1.250\"", "\"lots\"")));

        assertThat(problem(response).errors()).extracting(Problem.FieldError::field)
                .containsExactly("allInKilowattsPerUnit");
        verifyNoInteractions(ACCELERATORS);
    }
}
