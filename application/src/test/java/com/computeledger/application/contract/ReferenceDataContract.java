package com.computeledger.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.OrganisationRole;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.ProviderKind;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contracts of the provider and accelerator repositories: every implementation must pass them unchanged. */
public abstract class ReferenceDataContract {

    private OutPorts ports;

    protected abstract OutPorts freshPorts();

    @BeforeEach
    void setUpStore() {
        ports = freshPorts();
    }

    @Test
    void providersRoundTripAndListInIdOrder() {
        Provider arabic = new Provider(new ProviderId("g42"), "مجموعة جي 42", ProviderKind.NEOCLOUD);
        ArticleDemoData.organisations().forEach(ports.organisations()::insert);
        ArticleDemoData.providers().forEach(ports.providers()::insert);
        ports.providers().insert(arabic);

        assertThat(ports.providers().findById(new ProviderId("g42"))).contains(arabic);
        assertThat(ports.providers().findById(new ProviderId("nobody"))).isEmpty();
        assertThat(ports.providers().findAll()).extracting(p -> p.id().value())
                .containsExactly("aws", "g42", "google-cloud", "microsoft-azure", "nvidia", "oracle");
    }

    @Test
    void organisationsRoundTripWithEveryRoleAndListInIdOrder() {
        ArticleDemoData.organisations().forEach(ports.organisations()::insert);
        Organisation amazon = ArticleDemoData.organisations().get(1);

        assertThat(ports.organisations().findById(amazon.id())).contains(amazon);
        assertThat(ports.organisations().findById(new OrganisationId("nobody"))).isEmpty();
        assertThat(ports.organisations().findAll()).containsExactlyElementsOf(ArticleDemoData.organisations());
        assertThatThrownBy(() -> ports.organisations().insert(new Organisation(amazon.id(), "Other",
                Set.of(OrganisationRole.CUSTOMER)))).isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void aProviderKeepsItsOwner() {
        ArticleDemoData.organisations().forEach(ports.organisations()::insert);
        ArticleDemoData.providers().forEach(ports.providers()::insert);

        assertThat(ports.providers().findById(new ProviderId("aws")).flatMap(Provider::owner))
                .contains(new OrganisationId("amazon"));
    }

    @Test
    void aProviderIdIsTakenOnce() {
        Provider aws = ArticleDemoData.providers().get(0);
        ArticleDemoData.organisations().forEach(ports.organisations()::insert);
        ports.providers().insert(aws);

        assertThatThrownBy(() -> ports.providers().insert(new Provider(aws.id(), "Other", ProviderKind.NEOCLOUD)))
                .isInstanceOf(AlreadyExistsException.class);
        assertThat(ports.providers().findById(aws.id())).contains(aws);
    }

    @Test
    void acceleratorsRoundTripWithTheirPower() {
        Accelerator tpu = new Accelerator(new AcceleratorId("google-tpu-v7"), "Google", "TPU v7 (Ironwood)",
                new BigDecimal("1.125"));
        ports.accelerators().insert(tpu);
        ArticleDemoData.accelerators().forEach(ports.accelerators()::insert);

        assertThat(ports.accelerators().findById(tpu.id())).contains(tpu);
        assertThat(ports.accelerators().findAll()).containsExactly(tpu, ArticleDemoData.accelerators().get(0),
                ArticleDemoData.accelerators().get(1), ArticleDemoData.accelerators().get(2));
        assertThatThrownBy(() -> ports.accelerators().insert(tpu)).isInstanceOf(AlreadyExistsException.class);
    }
}
