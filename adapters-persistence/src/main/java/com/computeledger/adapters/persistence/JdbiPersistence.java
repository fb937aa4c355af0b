package com.computeledger.adapters.persistence;

import com.computeledger.adapters.persistence.access.JdbiApiKeyRepository;
import com.computeledger.adapters.persistence.analytics.JdbiMarketStatistics;
import com.computeledger.adapters.persistence.analytics.RunningTotalsStatistics;
import com.computeledger.adapters.persistence.deal.JdbiDealRepository;
import com.computeledger.adapters.persistence.deal.JdbiIdempotencyKeys;
import com.computeledger.adapters.persistence.reference.JdbiAcceleratorRepository;
import com.computeledger.adapters.persistence.reference.JdbiProviderRepository;
import com.computeledger.application.access.port.out.ApiKeyRepository;
import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.deal.port.out.IdempotencyKeys;
import com.computeledger.application.port.out.LedgerStorage;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.SetObjectArgumentFactory;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The ledger's storage on JDBI: every out-port of the adapter, all sharing one unit of work over one {@link Jdbi}. */
public final class JdbiPersistence implements LedgerStorage {

    /**
     * Dates and instants go to the driver as {@code java.time} values ({@code setObject}), which H2 and PostgreSQL
     * store exactly. JDBI's default converts them to {@code java.sql.Date}, whose hybrid Julian calendar moves
     * every date before 1582-10-15 by days (1500-03-01 was stored as 1500-03-11).
     */
    private static final ArgumentFactory JAVA_TIME_AS_IS = SetObjectArgumentFactory.forClasses(Map.of(
            LocalDate.class, Types.DATE, OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE));

    private final JdbiUnitOfWork unitOfWork;
    private final DealRepository deals;
    private final ProviderRepository providers;
    private final AcceleratorRepository accelerators;
    private final MarketStatistics statistics;
    private final IdempotencyKeys idempotencyKeys;
    private final ApiKeyRepository apiKeys;

    /**
     * Wires the adapter on {@code jdbi}; installs the SqlObject plugin (a no-op where it is installed already) and
     * binds and reads dates and instants as {@code java.time} values ({@link #JAVA_TIME_AS_IS}; JDBI's own column
     * mappers read them through {@code java.sql.Date} and {@code Timestamp}).
     */
    public JdbiPersistence(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(JAVA_TIME_AS_IS);
        jdbi.registerColumnMapper(LocalDate.class, (row, column, context) -> row.getObject(column, LocalDate.class));
        jdbi.registerColumnMapper(OffsetDateTime.class,
                (row, column, context) -> row.getObject(column, OffsetDateTime.class));
        this.unitOfWork = new JdbiUnitOfWork(jdbi);
        this.deals = new JdbiDealRepository(unitOfWork);
        this.providers = new JdbiProviderRepository(unitOfWork);
        this.accelerators = new JdbiAcceleratorRepository(unitOfWork);
        this.statistics = new RunningTotalsStatistics(new JdbiMarketStatistics(unitOfWork), unitOfWork);
        this.idempotencyKeys = new JdbiIdempotencyKeys(unitOfWork);
        this.apiKeys = new JdbiApiKeyRepository(unitOfWork);
    }

    @Override
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public DealRepository deals() {
        return deals;
    }

    @Override
    public ProviderRepository providers() {
        return providers;
    }

    @Override
    public AcceleratorRepository accelerators() {
        return accelerators;
    }

    @Override
    public MarketStatistics statistics() {
        return statistics;
    }

    @Override
    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }
}
