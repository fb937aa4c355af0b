package com.computeledger.application.money.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.money.port.out.RevenueRunRateRepository;
import com.computeledger.application.port.out.TransactionalMocks;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.reference.Organisation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Restoring revenue run rates from a backup: stored once, the same one counted as present, another refused. */
@ExtendWith(MockitoExtension.class)
class RevenueRunRateRestoreTest {

    private static final RevenueRunRate OPENAI = ArticleDemoData.openAiRunRate();

    @Mock
    private RevenueRunRateRepository runRates;
    @Mock
    private OrganisationRepository organisations;

    private RevenueRunRateService service;

    @BeforeEach
    void setUp() {
        service = new RevenueRunRateService(runRates, organisations, TransactionalMocks.passThroughUnitOfWork());
    }

    @Test
    void aNewRunRateIsStoredAndTheSameOneAgainCountsAsPresent() {
        Organisation openai = ArticleDemoData.organisations().stream()
                .filter(organisation -> organisation.id().equals(OPENAI.organisation())).findFirst().orElseThrow();
        when(organisations.findById(OPENAI.organisation())).thenReturn(Optional.of(openai));
        when(runRates.findAll(OPENAI.organisation())).thenReturn(List.of(), List.of(OPENAI));

        assertThat(service.restore(OPENAI)).isTrue();
        assertThat(service.restore(OPENAI)).isFalse();
        verify(runRates).add(OPENAI);
    }

    @Test
    void anotherRunRateOnTheSameDateIsRefusedAndAnUnknownOrganisationIsNotFound() {
        Organisation openai = ArticleDemoData.organisations().stream()
                .filter(organisation -> organisation.id().equals(OPENAI.organisation())).findFirst().orElseThrow();
        when(organisations.findById(OPENAI.organisation())).thenReturn(Optional.of(openai), Optional.empty());
        when(runRates.findAll(OPENAI.organisation())).thenReturn(List.of());
        doThrow(new AlreadyExistsException("revenue run rate", OPENAI.asOf())).when(runRates).add(OPENAI);

        assertThatThrownBy(() -> service.restore(OPENAI)).isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> service.restore(OPENAI)).isInstanceOf(NotFoundException.class);
    }
}
