package com.computeledger.bootstrap;

import com.computeledger.adapters.web.http.ClosedRouteFilter;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.MutableServletContextHandler;
import io.dropwizard.metrics.servlets.AdminServlet;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;

/**
 * The operations surface (docs/adr/0013): what the admin port offers beyond its health check and ping.
 * The admin port's address is Dropwizard's own setting ({@code bindHost}, loopback in config.yml).
 */
final class OperationsSurface {

    /** The admin servlet's switches for its diagnostics; the health check and ping stay on. */
    private static final List<String> DIAGNOSTICS = List.of(AdminServlet.THREADS_ENABLED_PARAM_KEY,
            AdminServlet.CPU_PROFILE_ENABLED_PARAM_KEY, AdminServlet.METRICS_ENABLED_PARAM_KEY);

    private OperationsSurface() {
    }

    static void apply(ComputeLedgerConfiguration configuration, Environment environment) {
        if (!configuration.getAdminDiagnostics().isEnabled()) {
            closeDiagnostics(environment.getAdminContext());
        }
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
