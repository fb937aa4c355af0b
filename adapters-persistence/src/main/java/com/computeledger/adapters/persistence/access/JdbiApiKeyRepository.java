package com.computeledger.adapters.persistence.access;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.application.access.port.out.ApiKeyRepository;
import com.computeledger.domain.access.ApiKey;
import com.computeledger.domain.access.ApiKeyId;
import com.computeledger.domain.access.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The API-key out-port on the {@code api_key} table; its primary key and unique name settle races. */
public final class JdbiApiKeyRepository implements ApiKeyRepository {

    private static final String COLUMNS = "id, name, role, secret_sha256, created_at, revoked_at";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiApiKeyRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(ApiKey key) {
        SqlErrors.insertNew("API key", key.name(), () -> unitOfWork.withHandle(handle -> handle.createUpdate(
                        "insert into api_key (" + COLUMNS + ") values (:id, :name, :role, :digest, :createdAt, null)")
                .bind("id", key.id().value())
                .bind("name", key.name())
                .bind("role", key.role().name())
                .bind("digest", key.secretDigest())
                .bind("createdAt", key.createdAt().atOffset(ZoneOffset.UTC))
                .execute()));
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return unitOfWork.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from api_key where id = :id")
                .bind("id", id.value())
                .map((row, context) -> toKey(row))
                .findOne());
    }

    @Override
    public void saveRevocation(ApiKey revoked) {
        unitOfWork.withHandle(handle -> handle.createUpdate("update api_key set revoked_at = :revokedAt where id = :id")
                .bind("id", revoked.id().value())
                .bind("revokedAt", revoked.revokedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null))
                .execute());
    }

    @Override
    public List<ApiKey> list() {
        return unitOfWork.withHandle(handle -> handle.createQuery("select " + COLUMNS
                        + " from api_key order by created_at, id")
                .map((row, context) -> toKey(row))
                .list());
    }

    private static ApiKey toKey(ResultSet row) throws SQLException {
        return new ApiKey(new ApiKeyId(row.getString("id")), row.getString("name"),
                Role.valueOf(row.getString("role")), row.getString("secret_sha256"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(row.getObject("revoked_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }
}
