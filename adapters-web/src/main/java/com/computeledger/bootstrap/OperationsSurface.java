package com.computeledger.bootstrap;

import com.computeledger.adapters.web.platform.http.ApiCrossOrigin;
import com.computeledger.adapters.web.platform.http.ClosedRouteFilter;
import com.computeledger.adapters.web.platform.http.RateLimit;
import com.computeledger.bootstrap.ComputeLedgerConfiguration.RateLimitSettings;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.MutableServletContextHandler;
import io.dropwizard.metrics.servlets.AdminServlet;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.server.Handler;

/**
 * The operations surface (docs/adr/0013): what the admin port offers beyond its health check and ping, which
 * browser origins may call the API, and the API port's rate limit. The admin port's address is Dropwizard's
 * own setting ({@code bindHost}, loopback in config.yml).
 */
final class OperationsSurface {

    /** The admin servlet's switches for its diagnostics; the health check and ping stay on. */
    private static final List<String> DIAGNOSTICS = List.of(AdminServlet.THREADS_ENABLED_PARAM_KEY,
            AdminServlet.CPU_PROFILE_ENABLED_PARAM_KEY, AdminServlet.METRICS_ENABLED_PARAM_KEY);

    private OperationsSurface() {
    }

    static void apply(ComputeLedgerConfiguration configuration, Environment environment) {
        if (!configuration.adminDiagnostics.enabled) {
            closeDiagnostics(environment.getAdminContext());
        }
        List<Handler.Singleton> inFront = new ArrayList<>();
        if (!configuration.cors.getAllowedOrigins().isEmpty()) {
            inFront.add(new ApiCrossOrigin(configuration.cors.getAllowedOrigins()));
        }
        RateLimitSettings limit = configuration.rateLimit;
        if (limit.enabled) {
            inFront.addAll(new RateLimit(limit.requestsPerSecond, limit.burst, limit.maxClients,
                    environment.getObjectMapper()).handlers());
        }
        // CORS first, so that a 429 carries the CORS headers too; each insert goes before the ones already there.
        Collections.reverse(inFront);
        inFront.forEach(environment.getApplicationContext()::insertHandler);
    }

    /**
     * Thread dump, CPU profile and metrics (class and method names) through the admin servlet's own switches;
     * the tasks (log levels, GC) through a closed route, since Dropwizard has no switch for them.
     */
    private static void closeDiagnostics(MutableServletContextHandler admin) {
        DIAGNOSTICS.forEach(name -> admin.setInitParameter(name, "false"));
        admin.addFilter(ClosedRouteFilter.class, "/tasks/*", EnumSet.of(DispatcherType.REQUEST));
    }
}
