package com.computeledger.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.access.port.out.ApiKeyRepository;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.domain.access.ApiKey;
import com.computeledger.domain.access.ApiKeyId;
import com.computeledger.domain.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link ApiKeyRepository}: keys come back exactly as stored; ids and names are unique. */
public abstract class ApiKeyRepositoryContract {

    private static final ApiKey ALICE = ApiKey.issue(new ApiKeyId("00000000000000a1"), "alice", Role.EDITOR,
            "alice-secret", ContractData.RECORDED);
    private static final ApiKey BOB = ApiKey.issue(new ApiKeyId("00000000000000b2"), "bob", Role.ADMIN,
            "bob-secret", ContractData.RECORDED.plusSeconds(1));

    private ApiKeyRepository keys;

    protected abstract OutPorts freshPorts();

    @BeforeEach
    void setUpStore() {
        keys = freshPorts().apiKeys();
    }

    @Test
    void returnsAKeyExactlyAsStored() {
        keys.insert(ALICE);

        assertThat(keys.findById(ALICE.id())).contains(ALICE);
        assertThat(keys.findById(BOB.id())).isEmpty();
        assertThat(keys.findById(ALICE.id()).orElseThrow().acceptsSecret("alice-secret")).isTrue();
    }

    @Test
    void listsKeysOldestFirstRevokedOnesToo() {
        keys.insert(BOB);
        keys.insert(ALICE);
        ApiKey revoked = ALICE.revoke(ContractData.RECORDED.plusSeconds(60));

        keys.saveRevocation(revoked);

        assertThat(keys.list()).containsExactly(revoked, BOB);
        assertThat(keys.findById(ALICE.id()).orElseThrow().isActive()).isFalse();
    }

    @Test
    void idsAndNamesAreTakenOnce() {
        keys.insert(ALICE);

        assertThatThrownBy(() -> keys.insert(ApiKey.issue(ALICE.id(), "carol", Role.READER, "x", ContractData.RECORDED)))
                .isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> keys.insert(ApiKey.issue(new ApiKeyId("00000000000000c3"), "alice", Role.READER,
                "x", ContractData.RECORDED))).isInstanceOf(AlreadyExistsException.class);
        assertThat(keys.list()).containsExactly(ALICE);
    }
}
