package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.DataSizeUnit;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The service's configuration (adapters-web/config.yml): database, demo data, who may read, the largest
 * request body, the default factors of the power equivalences, how long a start waits for the database, and
 * the operations surface (admin diagnostics, CORS origins, rate limit).
 */
public class ComputeLedgerConfiguration extends Configuration {

    @Valid
    @NotNull
    @JsonProperty
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    @JsonProperty
    private DatabaseStartup databaseStartup = new DatabaseStartup();

    @Valid
    @NotNull
    @JsonProperty
    private DemoData demoData = new DemoData();

    @Valid
    @NotNull
    @JsonProperty
    private Access access = new Access();

    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 16, unit = DataSizeUnit.MEBIBYTES)
    @JsonProperty
    private DataSize maxRequestBody = DataSize.kibibytes(256);

    @Valid
    @NotNull
    @JsonProperty
    private Equivalences equivalences = new Equivalences();

    @Valid
    @NotNull
    @JsonProperty
    private AdminDiagnosticsSettings adminDiagnostics = new AdminDiagnosticsSettings();

    @Valid
    @NotNull
    @JsonProperty
    private CorsSettings cors = new CorsSettings();

    @Valid
    @NotNull
    @JsonProperty
    private RateLimitSettings rateLimit = new RateLimitSettings();

    public DataSourceFactory getDatabase() {
        return database;
    }

    public DatabaseStartup getDatabaseStartup() {
        return databaseStartup;
    }

    public DemoData getDemoData() {
        return demoData;
    }

    public Access getAccess() {
        return access;
    }

    /** The largest request body accepted; a larger one is a 413 problem before anything reads it. */
    public DataSize getMaxRequestBody() {
        return maxRequestBody;
    }

    public Equivalences getEquivalences() {
        return equivalences;
    }

    public AdminDiagnosticsSettings getAdminDiagnostics() {
        return adminDiagnostics;
    }

    public CorsSettings getCors() {
        return cors;
    }

    public RateLimitSettings getRateLimit() {
        return rateLimit;
    }

    /** How long a start waits for a database that is not reachable yet: attempts, and the pause between them. */
    public static class DatabaseStartup {

        @Min(1)
        @JsonProperty
        private int attempts = 30;

        @NotNull
        @JsonProperty
        private Duration delay = Duration.seconds(1);

        public int getAttempts() {
            return attempts;
        }

        public Duration getDelay() {
            return delay;
        }
    }

    /** Whether a start loads the source article's records where they are missing. */
    public static class DemoData {

        @JsonProperty
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }
    }
}
