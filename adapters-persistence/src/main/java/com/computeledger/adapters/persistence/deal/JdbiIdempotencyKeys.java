package com.computeledger.adapters.persistence.deal;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.application.deal.RememberedRequest;
import com.computeledger.application.deal.port.out.IdempotencyKeys;
import com.computeledger.domain.deal.DealId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The idempotency-key out-port on the {@code idempotency_key} table; its primary key settles races between instances. */
public final class JdbiIdempotencyKeys implements IdempotencyKeys {

    private final JdbiUnitOfWork unitOfWork;

    public JdbiIdempotencyKeys(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<RememberedRequest> find(IdempotencyKey key) {
        return unitOfWork.withHandle(handle -> handle.createQuery(
                        "select fingerprint, deal_id from idempotency_key where idempotency_key = :key")
                .bind("key", key.value())
                .map((row, context) -> new RememberedRequest(key, row.getString("fingerprint").strip(),
                        new DealId(row.getObject("deal_id", UUID.class))))
                .findOne());
    }

    @Override
    public void remember(RememberedRequest request, Instant at) {
        SqlErrors.insertNew("idempotency key", request.key().value(), () -> unitOfWork.withHandle(handle ->
                handle.createUpdate("insert into idempotency_key (idempotency_key, fingerprint, deal_id, created_at) "
                                + "values (:key, :fingerprint, :dealId, :createdAt)")
                        .bind("key", request.key().value())
                        .bind("fingerprint", request.fingerprint())
                        .bind("dealId", request.dealId().value())
                        .bind("createdAt", at.atOffset(ZoneOffset.UTC))
                        .execute()));
    }
}
