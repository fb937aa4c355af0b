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
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    private DatabaseStartup databaseStartup = new DatabaseStartup();

    @Valid
    @NotNull
    private DemoData demoData = new DemoData();

    @Valid
    @NotNull
    private Access access = new Access();

    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 16, unit = DataSizeUnit.MEBIBYTES)
    private DataSize maxRequestBody = DataSize.kibibytes(256);

    @Valid
    @NotNull
    private Equivalences equivalences = new Equivalences();

    @Valid
    @NotNull
    private AdminDiagnosticsSettings adminDiagnostics = new AdminDiagnosticsSettings();

    @Valid
    @NotNull
    private CorsSettings cors = new CorsSettings();

    @Valid
    @NotNull
    private RateLimitSettings rateLimit = new RateLimitSettings();

    @JsonProperty("database")
    public DataSourceFactory getDatabase() {
        return database;
    }

    @JsonProperty("database")
    public void setDatabase(DataSourceFactory database) {
        this.database = database;
    }

    @JsonProperty("databaseStartup")
    public DatabaseStartup getDatabaseStartup() {
        return databaseStartup;
    }

    @JsonProperty("databaseStartup")
    public void setDatabaseStartup(DatabaseStartup databaseStartup) {
        this.databaseStartup = databaseStartup;
    }

    @JsonProperty("demoData")
    public DemoData getDemoData() {
        return demoData;
    }

    @JsonProperty("demoData")
    public void setDemoData(DemoData demoData) {
        this.demoData = demoData;
    }

    @JsonProperty("access")
    public Access getAccess() {
        return access;
    }

    @JsonProperty("access")
    public void setAccess(Access access) {
        this.access = access;
    }

    /** The largest request body accepted; a larger one is a 413 problem before anything reads it. */
    @JsonProperty("maxRequestBody")
    public DataSize getMaxRequestBody() {
        return maxRequestBody;
    }

    @JsonProperty("maxRequestBody")
    public void setMaxRequestBody(DataSize maxRequestBody) {
        this.maxRequestBody = maxRequestBody;
    }

    @JsonProperty("equivalences")
    public Equivalences getEquivalences() {
        return equivalences;
    }

    @JsonProperty("equivalences")
    public void setEquivalences(Equivalences equivalences) {
        this.equivalences = equivalences;
    }

    @JsonProperty("adminDiagnostics")
    public AdminDiagnosticsSettings getAdminDiagnostics() {
        return adminDiagnostics;
    }

    @JsonProperty("adminDiagnostics")
    public void setAdminDiagnostics(AdminDiagnosticsSettings adminDiagnostics) {
        this.adminDiagnostics = adminDiagnostics;
    }

    @JsonProperty("cors")
    public CorsSettings getCors() {
        return cors;
    }

    @JsonProperty("cors")
    public void setCors(CorsSettings cors) {
        this.cors = cors;
    }

    @JsonProperty("rateLimit")
    public RateLimitSettings getRateLimit() {
        return rateLimit;
    }

    @JsonProperty("rateLimit")
    public void setRateLimit(RateLimitSettings rateLimit) {
        this.rateLimit = rateLimit;
    }

    /** How long a start waits for a database that is not reachable yet: attempts, and the pause between them. */
    public static class DatabaseStartup {

        @Min(1)
        private int attempts = 30;

        @NotNull
        private Duration delay = Duration.seconds(1);

        @JsonProperty
        public int getAttempts() {
            return attempts;
        }

        @JsonProperty
        public void setAttempts(int attempts) {
            this.attempts = attempts;
        }

        @JsonProperty
        public Duration getDelay() {
            return delay;
        }

        @JsonProperty
        public void setDelay(Duration delay) {
            this.delay = delay;
        }
    }

    /** Whether a start loads the source article's records where they are missing. */
    public static class DemoData {

        private boolean enabled = true;

        @JsonProperty
        public boolean isEnabled() {
            return enabled;
        }

        @JsonProperty
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
