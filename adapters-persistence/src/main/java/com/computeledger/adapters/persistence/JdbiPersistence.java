package com.computeledger.adapters.persistence;

import com.computeledger.adapters.persistence.access.JdbiApiKeyRepository;
import com.computeledger.adapters.persistence.analytics.RunningTotalsStatistics;
import com.computeledger.adapters.persistence.deal.JdbiDealRepository;
import com.computeledger.adapters.persistence.deal.JdbiIdempotencyKeys;
import com.computeledger.adapters.persistence.money.JdbiMoneyFlowRepository;
import com.computeledger.adapters.persistence.money.JdbiRevenueRunRateRepository;
import com.computeledger.adapters.persistence.reference.JdbiAcceleratorRepository;
import com.computeledger.adapters.persistence.reference.JdbiOrganisationRepository;
import com.computeledger.adapters.persistence.reference.JdbiProviderRepository;
import com.computeledger.application.access.port.out.ApiKeyRepository;
import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.deal.port.out.IdempotencyKeys;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.application.money.port.out.RevenueRunRateRepository;
import com.computeledger.application.port.out.LedgerStorage;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.OrganisationRepository;
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
public record JdbiPersistence(JdbiUnitOfWork unitOfWork, DealRepository deals, OrganisationRepository organisations,
                              ProviderRepository providers, AcceleratorRepository accelerators,
                              MarketStatistics statistics, IdempotencyKeys idempotencyKeys, ApiKeyRepository apiKeys,
                              MoneyFlowRepository moneyFlows, RevenueRunRateRepository revenueRunRates)
        implements LedgerStorage {

    /**
     * Dates and instants go to the driver as {@code java.time} values ({@code setObject}), which H2 and PostgreSQL
     * store exactly. JDBI's default converts them to {@code java.sql.Date}, whose hybrid Julian calendar moves
     * every date before 1582-10-15 by days (1500-03-01 was stored as 1500-03-11).
     */
    private static final ArgumentFactory JAVA_TIME_AS_IS = SetObjectArgumentFactory.forClasses(Map.of(
            LocalDate.class, Types.DATE, OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE));

    /** Wires the adapter on {@code jdbi} (see {@link #configured}). */
    public JdbiPersistence(Jdbi jdbi) {
        this(new JdbiUnitOfWork(configured(jdbi)));
    }

    private JdbiPersistence(JdbiUnitOfWork unitOfWork) {
        this(unitOfWork, new JdbiDealRepository(unitOfWork), new JdbiOrganisationRepository(unitOfWork),
                new JdbiProviderRepository(unitOfWork), new JdbiAcceleratorRepository(unitOfWork),
                new RunningTotalsStatistics(unitOfWork), new JdbiIdempotencyKeys(unitOfWork),
                new JdbiApiKeyRepository(unitOfWork), new JdbiMoneyFlowRepository(unitOfWork),
                new JdbiRevenueRunRateRepository(unitOfWork));
    }

    /**
     * Installs the SqlObject plugin (a no-op where it is installed already), binds and reads dates and
     * instants as {@code java.time} values ({@link #JAVA_TIME_AS_IS}; JDBI's own column mappers read them
     * through {@code java.sql.Date} and {@code Timestamp}).
     */
    private static Jdbi configured(Jdbi jdbi) {
        return jdbi.installPlugin(new SqlObjectPlugin())
                .registerArgument(JAVA_TIME_AS_IS)
                .registerColumnMapper(LocalDate.class, (row, column, context) -> row.getObject(column, LocalDate.class))
                .registerColumnMapper(OffsetDateTime.class,
                        (row, column, context) -> row.getObject(column, OffsetDateTime.class));
    }
}
