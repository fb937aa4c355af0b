package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar serves every file the dashboard loads: the page at {@code /}, what it links, each module the
 * modules import, and the one ECharts build the shade plugin keeps of its webjar (docs/adr/0025). The browser
 * test runs on the classes and the whole webjar; this one proves the jar a user runs is not missing a file.
 */
class DashboardPackagedIT {

    /** A file the page loads: its style sheet, icon and entry module. */
    private static final Pattern PAGE_FILE = Pattern.compile("(?:src|href)=\"(/dashboard/[^\"]+)\"");

    /** A static import of one of the dashboard's modules. */
    private static final Pattern IMPORT = Pattern.compile("^import .* from \"([^\"]+)\";$", Pattern.MULTILINE);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path directory;

    @Test
    void thePackagedJarServesThePageAndEveryFileItLoads() throws Exception {
        try (LedgerProcess ledger = LedgerProcess.start(directory)) {
            HttpResponse<String> page = get(ledger, "/");
            assertThat(page.statusCode()).isEqualTo(200);

            Deque<String> toLoad = new ArrayDeque<>(matches(PAGE_FILE, page.body()));
            Set<String> loaded = new LinkedHashSet<>();
            while (!toLoad.isEmpty()) {
                String path = toLoad.pop();
                if (!loaded.add(path)) {
                    continue;
                }
                HttpResponse<String> file = get(ledger, path);
                assertThat(file.statusCode()).as(path).isEqualTo(200);
                if (path.startsWith("/dashboard/js/")) {
                    matches(IMPORT, file.body()).forEach(imported -> toLoad.add(URI.create(path).resolve(imported)
                            .getPath()));
                }
            }
            assertThat(loaded).contains("/dashboard/dashboard.css", "/dashboard/favicon.svg", "/dashboard/js/main.js",
                    "/dashboard/js/api.js", "/dashboard/js/charts.js", "/dashboard/lib/echarts/echarts.esm.min.js");
        }
    }

    private static HttpResponse<String> get(LedgerProcess ledger, String path) throws IOException,
            InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(ledger.uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(match -> match.group(1)).toList();
    }
}
