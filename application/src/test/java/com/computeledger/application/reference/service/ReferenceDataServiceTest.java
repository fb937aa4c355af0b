package com.computeledger.application.reference.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.port.out.TransactionalMocks;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.UnknownOrganisationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ReferenceDataServiceTest {

    private static final Provider AWS = ArticleDemoData.providers().get(0);
    private static final Organisation AMAZON = ArticleDemoData.organisations().get(1);
    private static final Accelerator GB200 = ArticleDemoData.accelerators().get(0);

    @Mock
    private ProviderRepository providers;
    @Mock
    private AcceleratorRepository accelerators;
    @Mock
    private OrganisationRepository organisations;

    @Test
    void registersANewProvider() {
        ProviderService service = new ProviderService(providers, organisations, TransactionalMocks.passThroughUnitOfWork());
        when(providers.findById(AWS.id())).thenReturn(Optional.empty());
        when(organisations.findById(AMAZON.id())).thenReturn(Optional.of(AMAZON));

        assertThat(service.register(AWS)).isEqualTo(AWS);
        verify(providers).insert(AWS);
    }

    @Test
    void refusesAProviderWhoseOwnerIsNotRegisteredNamingTheField() {
        ProviderService service = new ProviderService(providers, organisations, TransactionalMocks.passThroughUnitOfWork());
        when(providers.findById(AWS.id())).thenReturn(Optional.empty());
        when(organisations.findById(AMAZON.id())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.register(AWS)).isInstanceOfSatisfying(UnknownOrganisationException.class,
                unknown -> assertThat(unknown.field()).isEqualTo("owner"))
                .hasMessage("organisation 'amazon' is not registered; register it first");
        verify(providers, never()).insert(any());
    }

    @Test
    void restoringFromABackupStoresANewEntryCountsTheSameOneAndRefusesAnother() {
        ProviderService service = new ProviderService(providers, organisations, TransactionalMocks.passThroughUnitOfWork());
        when(organisations.findById(AMAZON.id())).thenReturn(Optional.of(AMAZON));
        when(providers.findById(AWS.id())).thenReturn(Optional.empty(), Optional.of(AWS), Optional.of(AWS));

        assertThat(service.restore(AWS)).as("stored").isTrue();
        assertThat(service.restore(AWS)).as("the same, registered already").isFalse();
        Provider renamed = new Provider(AWS.id(), "AWS", AWS.kind(), AWS.owner());
        assertThatThrownBy(() -> service.restore(renamed)).isInstanceOf(AlreadyExistsException.class);
        verify(providers).insert(AWS);
        verify(providers, never()).insert(renamed);
    }

    @Test
    void refusesATakenProviderIdWithoutWriting() {
        ProviderService service = new ProviderService(providers, organisations, TransactionalMocks.passThroughUnitOfWork());
        when(providers.findById(AWS.id())).thenReturn(Optional.of(AWS));

        assertThatThrownBy(() -> service.register(AWS)).isInstanceOf(AlreadyExistsException.class)
                .hasMessage("provider 'aws' already exists");
        verify(providers, never()).insert(any());
    }

    @Test
    void getsAndListsProviders() {
        ProviderService service = new ProviderService(providers, organisations, TransactionalMocks.passThroughUnitOfWork());
        when(providers.findAll()).thenReturn(List.of(AWS));
        when(providers.findById(new ProviderId("nope"))).thenReturn(Optional.empty());

        assertThat(service.list()).containsExactly(AWS);
        assertThatThrownBy(() -> service.get(new ProviderId("nope"))).isInstanceOf(NotFoundException.class)
                .hasMessage("provider 'nope' does not exist");
    }

    @Test
    void theCatalogBehavesTheSameForAccelerators() {
        AcceleratorCatalogService service =
                new AcceleratorCatalogService(accelerators, TransactionalMocks.passThroughUnitOfWork());
        when(accelerators.findById(GB200.id())).thenReturn(Optional.of(GB200));
        when(accelerators.findById(new AcceleratorId("tpu-v9"))).thenReturn(Optional.empty());

        assertThat(service.get(GB200.id())).isEqualTo(GB200);
        assertThatThrownBy(() -> service.register(GB200)).hasMessage("accelerator 'nvidia-gb200' already exists");
        assertThatThrownBy(() -> service.get(new AcceleratorId("tpu-v9")))
                .hasMessage("accelerator 'tpu-v9' does not exist");
    }
}
