package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.DataSizeUnit;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The service's configuration (adapters-web/config.yml): database, demo data, who may read, the largest
 * request body, the default factors of the power equivalences, how long a start waits for the database, and
 * the operations surface (admin diagnostics, CORS origins, rate limit). Each setting is a public field named
 * as in the file: Jackson binds it, Hibernate Validator checks it, and one the file leaves out keeps the
 * default written here.
 */
public class ComputeLedgerConfiguration extends Configuration {

    @Valid
    @NotNull
    public DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    public DatabaseStartup databaseStartup = new DatabaseStartup();

    @Valid
    @NotNull
    public DemoData demoData = new DemoData();

    @Valid
    @NotNull
    public Access access = new Access();

    /** The largest request body accepted; a larger one is a 413 problem before anything reads it. */
    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 16, unit = DataSizeUnit.MEBIBYTES)
    public DataSize maxRequestBody = DataSize.kibibytes(256);

    @Valid
    @NotNull
    public Equivalences equivalences = new Equivalences();

    @Valid
    @NotNull
    public AdminDiagnosticsSettings adminDiagnostics = new AdminDiagnosticsSettings();

    @Valid
    @NotNull
    public CorsSettings cors = new CorsSettings();

    @Valid
    @NotNull
    public RateLimitSettings rateLimit = new RateLimitSettings();

    /** How long a start waits for a database that is not reachable yet: attempts, and the pause between them. */
    public static class DatabaseStartup {

        @Min(1)
        public int attempts = 30;

        @NotNull
        public Duration delay = Duration.seconds(1);
    }

    /** Whether a start loads the source article's records where they are missing. */
    public static class DemoData {

        public boolean enabled = true;
    }

    /** Who may read: writes always need an API key; reads of the API need a reader key only when this says so. */
    public static class Access {

        public boolean readsRequireKey;
    }

    /** The default factors of the power equivalences; requests may override them. */
    public static class Equivalences {

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        public BigDecimal homesPerGigawatt = new BigDecimal("830000");

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        public BigDecimal capexPerGigawatt = new BigDecimal("40000000000");
    }

    /** Whether the admin port offers its diagnostics (thread dump, CPU profile, metrics, tasks); off by default. */
    public static class AdminDiagnosticsSettings {

        public boolean enabled;
    }

    /** The browser origins whose pages may call the API (CORS), written exactly; none by default. */
    public static class CorsSettings {

        private List<@Pattern(regexp = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?",
                message = "must be an origin such as https://app.example.com: scheme, host, port; no path or wildcard")
                String> allowedOrigins = List.of();

        public List<String> getAllowedOrigins() {
            return allowedOrigins;
        }

        /** A YAML list, or one text of comma-separated origins as the environment variable gives it; empty: none. */
        @JsonProperty
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        public void setAllowedOrigins(List<String> origins) {
            this.allowedOrigins = origins == null ? List.of() : origins.stream()
                    .flatMap(entry -> Arrays.stream(entry.split(",")))
                    .map(String::strip)
                    .filter(origin -> !origin.isEmpty())
                    .toList();
        }
    }

    /**
     * The API port's rate limit, per client address and per API key: a steady rate, a burst above it, and how
     * many clients are tracked at once. On by default with limits no well-behaved client reaches.
     */
    public static class RateLimitSettings {

        public boolean enabled = true;

        @Min(1)
        public int requestsPerSecond = 50;

        @Min(1)
        public int burst = 100;

        @Min(1)
        public int maxClients = 10_000;
    }
}
