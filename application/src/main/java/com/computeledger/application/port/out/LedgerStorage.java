package com.computeledger.application.port.out;

import com.computeledger.application.access.port.out.ApiKeyRepository;
import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.deal.port.out.IdempotencyKeys;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.application.money.port.out.RevenueRunRateRepository;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import java.util.List;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/**
 * Out-port: where the whole ledger is kept — every repository and technical port, sharing one unit of work.
 * The implementation is chosen at run time: the composition root finds a {@link Factory} with
 * {@link ServiceLoader}, so no driving adapter compiles against a driven one (docs/adr/0016).
 */
public interface LedgerStorage {

    UnitOfWork unitOfWork();

    DealRepository deals();

    OrganisationRepository organisations();

    ProviderRepository providers();

    AcceleratorRepository accelerators();

    MarketStatistics statistics();

    IdempotencyKeys idempotencyKeys();

    ApiKeyRepository apiKeys();

    MoneyFlowRepository moneyFlows();

    RevenueRunRateRepository revenueRunRates();

    /** Makes a {@link LedgerStorage} on a database; implementations are listed in {@code META-INF/services}. */
    interface Factory {

        /** Brings the database to the current schema; a database that is up to date is left as it is. */
        void migrate(DataSource dataSource);

        /** One line per known schema migration: version, description, state. */
        List<String> describeMigrations(DataSource dataSource);

        /** The storage on {@code dataSource}, which must be migrated. */
        LedgerStorage open(DataSource dataSource);

        /**
         * Gives back the space a bulk write left unused in the database's files, where the database does not do
         * so by itself; may close the database, so it is the last thing done on {@code dataSource}. Does nothing
         * by default.
         */
        default void compact(DataSource dataSource) {
        }

        /**
         * Tunes the database for a bulk write by the only process using it (the import), for as long as that
         * process has it open; nothing about what is stored changes. Does nothing by default.
         */
        default void prepareForBulkLoad(DataSource dataSource) {
        }

        /**
         * Called halfway through a bulk write by the only process using the database, between two transactions:
         * gives back the space the writes so far left unused in the database's files, where the database does not
         * do so by itself, and leaves it ready and tuned for the rest. It may close and reopen the database, so
         * {@code dataSource} must check a connection before it lends it. Does nothing by default.
         */
        default void reclaimSpaceDuringBulkLoad(DataSource dataSource) {
        }

        /** The one factory on the class path; fails saying what to add when there is none. */
        static Factory find() {
            return ServiceLoader.load(Factory.class).findFirst().orElseThrow(() -> new IllegalStateException(
                    "no " + Factory.class.getName() + " on the class path: add a storage adapter such as "
                            + "adapters-persistence"));
        }
    }
}
