package com.computeledger.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.application.deal.RememberedRequest;
import com.computeledger.application.deal.port.out.IdempotencyKeys;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.domain.deal.Deal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link IdempotencyKeys}: a key is remembered once, for one request. */
public abstract class IdempotencyKeysContract {

    private OutPorts ports;
    private Deal deal;

    protected abstract OutPorts freshPorts();

    @BeforeEach
    void setUpStore() {
        ports = freshPorts();
        ContractData.referenceData(ports);
        deal = ContractData.deal(1, ContractData.bareDetails("OpenAI", "aws", LocalDate.of(2025, 11, 3)));
        ports.deals().add(ContractData.asAdded(deal));
    }

    @Test
    void remembersWhatAKeyWasFirstUsedFor() {
        RememberedRequest request = new RememberedRequest(new IdempotencyKey("key-1"), "f".repeat(64), deal.id());

        ports.idempotencyKeys().remember(request, ContractData.RECORDED);

        assertThat(ports.idempotencyKeys().find(new IdempotencyKey("key-1"))).contains(request);
        assertThat(ports.idempotencyKeys().find(new IdempotencyKey("key-2"))).isEmpty();
    }

    @Test
    void aKeyIsTakenOnce() {
        IdempotencyKey key = new IdempotencyKey("key-1");
        ports.idempotencyKeys().remember(new RememberedRequest(key, "a".repeat(64), deal.id()), ContractData.RECORDED);

        assertThatThrownBy(() -> ports.idempotencyKeys().remember(
                new RememberedRequest(key, "b".repeat(64), deal.id()), ContractData.RECORDED))
                .isInstanceOf(AlreadyExistsException.class);
        assertThat(ports.idempotencyKeys().find(key).orElseThrow().fingerprint()).isEqualTo("a".repeat(64));
    }
}
