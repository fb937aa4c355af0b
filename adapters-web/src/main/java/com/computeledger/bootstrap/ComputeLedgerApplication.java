package com.computeledger.bootstrap;

import com.computeledger.adapters.web.analytics.AnalyticsResource;
import com.computeledger.adapters.web.deal.DealResource;
import com.computeledger.adapters.web.money.MoneyAnalyticsResource;
import com.computeledger.adapters.web.money.MoneyFlowResource;
import com.computeledger.adapters.web.money.RevenueRunRateResource;
import com.computeledger.adapters.web.platform.http.QueryBeans;
import com.computeledger.adapters.web.platform.http.RequestBodyLimitFilter;
import com.computeledger.adapters.web.platform.http.RequestIdFilter;
import com.computeledger.adapters.web.platform.http.SecurityHeadersFilter;
import com.computeledger.adapters.web.platform.http.TextParameters;
import com.computeledger.adapters.web.platform.json.JsonBodies;
import com.computeledger.adapters.web.platform.json.JsonSettings;
import com.computeledger.adapters.web.platform.openapi.OpenApiDocument;
import com.computeledger.adapters.web.platform.problem.ProblemErrorHandler;
import com.computeledger.adapters.web.platform.problem.ProblemExceptionMapper;
import com.computeledger.adapters.web.platform.security.AccessControl;
import com.computeledger.adapters.web.reference.AcceleratorResource;
import com.computeledger.adapters.web.reference.OrganisationResource;
import com.computeledger.adapters.web.reference.ProviderResource;
import com.computeledger.application.access.service.ApiKeyService;
import com.computeledger.application.analytics.service.MarketAnalyticsService;
import com.computeledger.application.demo.service.DemoDataService;
import com.computeledger.application.money.service.MoneyFlowAnalyticsService;
import com.computeledger.application.port.out.LedgerStorage;
import com.computeledger.domain.access.Role;
import com.computeledger.domain.analytics.PowerEquivalences;
import com.computeledger.domain.shared.Money;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.servlets.assets.AssetServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Dropwizard application and composition root: builds the data source once, migrates the schema,
 * wires the persistence adapter into the services and the services into the resources, loads the demo data.
 */
public class ComputeLedgerApplication extends Application<ComputeLedgerConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(ComputeLedgerApplication.class);

    /** The version of the swagger-ui webjar on the classpath (root pom property {@code swagger-ui.version}). */
    private static final String SWAGGER_UI_VERSION = "5.34.1";

    /** The version of the echarts webjar on the classpath (root pom property {@code echarts.version}). */
    private static final String ECHARTS_VERSION = "5.3.1";

    private final PrintStream commandOutput;

    public ComputeLedgerApplication() {
        this(System.out);
    }

    /** An application whose command-line commands print to {@code commandOutput} (tests read it). */
    ComputeLedgerApplication(PrintStream commandOutput) {
        this.commandOutput = commandOutput;
    }

    public static void main(String[] args) throws Exception {
        new ComputeLedgerApplication().run(args);
    }

    @Override
    public String getName() {
        return "compute-ledger";
    }

    /** Dropwizard's {@code server} and {@code check} commands; the server's start failures can be one line. */
    @Override
    protected void addDefaultCommands(Bootstrap<ComputeLedgerConfiguration> bootstrap) {
        bootstrap.addCommand(new LedgerServerCommand(this));
        bootstrap.addCommand(new CheckCommand<>(this));
    }

    @Override
    public void initialize(Bootstrap<ComputeLedgerConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        JsonSettings.apply(bootstrap.getObjectMapper());
        bootstrap.addCommand(new DatabaseCommand(commandOutput));
        bootstrap.addCommand(new ImportCommand(commandOutput, bootstrap.getObjectMapper()));
        bootstrap.addCommand(new ExportCommand(commandOutput, bootstrap.getObjectMapper()));
        bootstrap.addCommand(new ApiKeyCommand(commandOutput));
        bootstrap.addCommand(new OpenApiCommand(commandOutput));
        bootstrap.addCommand(new ReferenceDataCommand(commandOutput));
        // Swagger UI at /docs: our page, and the webjar's scripts under /docs/ui.
        bootstrap.addBundle(new AssetsBundle("/docs", "/docs", "index.html", "docs"));
        bootstrap.addBundle(new AssetsBundle("/META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI_VERSION,
                "/docs/ui", null, "swagger-ui"));
        // The dashboard (docs/adr/0025): its page, scripts and styles under /dashboard, the chart library's scripts
        // under /dashboard/lib/echarts; the page is also the answer at / itself (serveTheDashboardAtTheRoot).
        bootstrap.addBundle(new AssetsBundle("/dashboard", "/dashboard", "index.html", "dashboard"));
        bootstrap.addBundle(new AssetsBundle("/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist",
                "/dashboard/lib/echarts", null, "echarts"));
    }

    @Override
    public void run(ComputeLedgerConfiguration configuration, Environment environment) throws InterruptedException {
        DataSourceFactory database = DatabaseSetup.settle(configuration.database);
        ManagedDataSource dataSource = DatabaseSetup.pool(database, environment.metrics(), "db");
        DatabaseSetup.awaitReachable(database, dataSource, configuration.databaseStartup.attempts,
                configuration.databaseStartup.delay.toJavaDuration());
        LedgerServices ledger = LedgerServices.open(dataSource);
        LedgerStorage persistence = ledger.storage();
        environment.lifecycle().manage(dataSource);
        environment.healthChecks().register("db", new DatabaseHealthCheck(dataSource));

        MarketAnalyticsService analytics = new MarketAnalyticsService(persistence.statistics(),
                persistence.unitOfWork(), new PowerEquivalences(configuration.equivalences.homesPerGigawatt,
                Money.usd(configuration.equivalences.capexPerGigawatt)));

        answerEveryErrorWithAProblem(environment);
        filterEveryRequest(environment, configuration);
        environment.jersey().register(new JsonBodies(environment.getObjectMapper()));
        environment.jersey().register(new TextParameters());
        environment.jersey().register(new QueryBeans.Binder());
        OperationsSurface.apply(configuration, environment);
        environment.jersey().register(new AccessControl(ledger.apiKeys(), configuration.access.readsRequireKey));
        environment.jersey().register(new ProviderResource(ledger.providers()));
        environment.jersey().register(new AcceleratorResource(ledger.accelerators()));
        environment.jersey().register(new DealResource(ledger.deals(), environment.getObjectMapper()));
        environment.jersey().register(new AnalyticsResource(analytics));
        environment.jersey().register(new OrganisationResource(ledger.organisations()));
        environment.jersey().register(new MoneyFlowResource(ledger.moneyFlows()));
        environment.jersey().register(new RevenueRunRateResource(ledger.revenueRunRates()));
        environment.jersey().register(new MoneyAnalyticsResource(new MoneyFlowAnalyticsService(
                persistence.moneyFlows(), persistence.organisations(), persistence.providers(),
                persistence.revenueRunRates(), persistence.statistics(), persistence.unitOfWork())));
        environment.jersey().register(OpenApiDocument.resource());
        serveTheDashboardAtTheRoot(environment);

        if (configuration.demoData.enabled) {
            int added = new DemoDataService(persistence.organisations(), persistence.providers(),
                    persistence.accelerators(), persistence.deals(), persistence.moneyFlows(),
                    persistence.revenueRunRates(), persistence.unitOfWork(), ledger.clock()).loadMissing();
            LOG.info("Demo data: {} record(s) added", added);
            printHowToGetAKey(ledger.apiKeys());
        } else if (!ledger.apiKeys().hasActiveKey()) {
            LOG.warn("No active API key: every write will be refused until one is created with 'api-key create'");
        }
    }

    /**
     * The demo start's first key: an admin key named "demo" when no key is active yet, its token printed once
     * (only its digest is stored); otherwise how to create one.
     */
    private void printHowToGetAKey(ApiKeyService apiKeys) {
        String create = "java -jar adapters-web/target/compute-ledger.jar api-key create --name NAME --role editor "
                + "adapters-web/config.yml";
        apiKeys.issueFirst("demo", Role.ADMIN).ifPresentOrElse(
                demo -> commandOutput.printf("%nDemo API key 'demo' (role admin), shown this once; writes need it:%n"
                        + "  export KEY=%s%n  curl -H \"Authorization: Bearer $KEY\" ...%n"
                        + "More keys (stop the service first): %s%n%n", demo.token(), create),
                () -> commandOutput.printf("%nWrites need an API key; the keys created before (the demo key printed "
                        + "at the first start among them) still work. More keys (stop the service first):%n  %s%n%n",
                        create));
    }

    /**
     * The dashboard's page as the answer to {@code /} exactly (the servlet mapping {@code ""}): Jersey keeps every
     * other path, so an unknown path is still a 404 problem. The page names its scripts by absolute paths.
     */
    private static void serveTheDashboardAtTheRoot(Environment environment) {
        environment.servlets().addServlet("dashboard-page",
                new AssetServlet("/dashboard", "/", "index.html", StandardCharsets.UTF_8)).addMapping("");
    }

    /** The servlet filters in front of every route of the API port, in this order (the request id first). */
    private static void filterEveryRequest(Environment environment, ComputeLedgerConfiguration configuration) {
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("request-id", new RequestIdFilter());
        filters.put("security-headers", new SecurityHeadersFilter());
        filters.put("request-body-limit", new RequestBodyLimitFilter(configuration.maxRequestBody.toBytes(),
                environment.getObjectMapper()));
        filters.forEach((name, filter) -> environment.servlets().addFilter(name, filter)
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*"));
    }

    /** Every error as a problem body: Jersey's through the mappers, Jetty's (before Jersey) through its handler. */
    private static void answerEveryErrorWithAProblem(Environment environment) {
        ProblemExceptionMapper.all().forEach(environment.jersey()::register);
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle component) {
                if (component instanceof Server server) {
                    server.setErrorHandler(new ProblemErrorHandler(environment.getObjectMapper()));
                }
            }
        });
    }
}
