package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard at {@code /} in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver (both named by path, so nothing is ever downloaded), against the service started in this JVM with
 * the demo data. Every figure the page shows is compared with what the public API answers for the same request,
 * and with the demo's published figures; screenshots at 1280 and 390 pixels, and of a deal's detail, go to
 * {@code target/dashboard/}.
 * Without Chromium the test fails, saying what to install: it never skips.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    /** Debian's Chromium; {@code -Ddashboard.chromium=PATH} names another. */
    private static final Path CHROMIUM = Path.of(System.getProperty("dashboard.chromium", "/usr/bin/chromium"));

    /** Debian's chromedriver (package chromium-driver); {@code -Ddashboard.chromedriver=PATH} names another. */
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("dashboard.chromedriver",
            "/usr/bin/chromedriver"));

    private static final Path SCREENSHOTS = Path.of("target", "dashboard");

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The section whose figures come from the API; each says {@code data-state="ready"} once drawn. */
    private static final List<String> SECTIONS = List.of("shares", "timeline", "exposure", "buildout", "deals");

    /** Reads what a chart draws (its categories and series) from the chart library's own instance. */
    private static final String READ_CHART = """
            const id = arguments[0];
            const done = arguments[arguments.length - 1];
            import('/dashboard/lib/echarts/echarts.esm.min.js').then((echarts) => {
              const option = echarts.getInstanceByDom(document.getElementById(id)).getOption();
              const horizontal = option.yAxis[0].type === 'category';
              done(JSON.stringify({
                categories: horizontal ? option.yAxis[0].data : option.xAxis[0].data,
                series: option.series.map((one) => ({ name: one.name, data: one.data }))
              }));
            }).catch((failure) => done(JSON.stringify({ error: String(failure) })));
            """;

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.perClass();

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startTheBrowser() throws IOException {
        assertThat(CHROMIUM).as("Chromium at %s: install Debian's chromium and chromium-driver (.ci/run does)",
                CHROMIUM).isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver at %s: install Debian's chromium-driver (.ci/run does)",
                CHROMEDRIVER).isExecutable();
        profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream()).build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().scriptTimeout(PATIENCE).pageLoadTimeout(PATIENCE);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopTheBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    @Order(1)
    void theMarketAtAGlanceShowsWhatTheApiAnswersAtLaptopAndPhoneWidths() throws IOException {
        for (int width : new int[] {1280, 390}) {
            open(width);

            JsonNode byValue = api("/api/v1/analytics/concentration?measure=value&guidelines=us-2023");
            assertThat(chartShares("shares-value-chart", "low ends")).isEqualTo(shares(byValue.get("lowEnds")));
            assertThat(chartShares("shares-value-chart", "high ends")).isEqualTo(shares(byValue.get("highEnds")));
            assertThat(tableRows("shares-value-table")).extracting(row -> row.get(0) + " " + row.get(3))
                    .containsExactly(
                    "Oracle Cloud Infrastructure 51.02 %", "Microsoft Azure 42.52 %", "Amazon Web Services 6.46 %");
            assertThat(stat("value-hhi")).isEqualTo("4,452.54").isEqualTo(hhi(byValue.get("lowEnds")));
            assertThat(stat("value-cr4")).isEqualTo("100.00 %");
            assertThat(stat("value-verdict")).startsWith("highly concentrated");
            assertThat(statTerm("value-without-figure")).contains("undisclosed (counted, not guessed)");
            assertThat(stat("value-without-figure")).isEqualTo(byValue.get("withoutFigure").asText()).isEqualTo("1");
            assertThat(text("shares-value-note")).contains("2 confirmed").contains("2 reported");

            JsonNode byPower = api("/api/v1/analytics/concentration?measure=power&guidelines=us-2023");
            assertThat(chartShares("shares-power-chart", "share of the gigawatts"))
                    .isEqualTo(shares(byPower.get("lowEnds")));
            assertThat(stat("power-hhi")).isEqualTo(hhi(byPower.get("lowEnds")));

            String from = value("timeline-from");
            String to = value("timeline-to");
            JsonNode timeline = api("/api/v1/analytics/capacity-timeline?from=" + from + "&to=" + to
                    + "&granularity=quarter&groupBy=provider");
            assertThat(chartTimeline()).isEqualTo(timeline(timeline));
            assertThat(chart("timeline-chart").get("series").get(0).get("name").asText())
                    .isEqualTo("Amazon Web Services (estimated)");

            JsonNode exposure = api("/api/v1/analytics/exposure?customer=OpenAI");
            assertThat(value("exposure-customer")).isEqualTo("OpenAI");
            assertThat(chartSeries("exposure-chart", "low ends"))
                    .isEqualTo(billions(exposure.get("byProvider"), "low"));
            assertThat(stat("disclosed")).isEqualTo("USD 588 B");
            assertThat(stat("undisclosed")).startsWith(exposure.get("undisclosedDeals").asText() + " ")
                    .isEqualTo("1 (counted, not guessed)");
            assertThat(stat("largest")).isEqualTo("Oracle Cloud Infrastructure: 51.02 %");

            JsonNode buildOut = api("/api/v1/analytics/build-out?targetGigawatts=30&gigawattsPerWeek=1"
                    + "&capexPerGigawatt=40000000000&homesPerGigawatt=830000");
            assertThat(stat("weeks")).isEqualTo("30 (0.57 years)").startsWith(buildOut.get("weeks").asInt() + " ");
            assertThat(stat("capex")).isEqualTo("USD 1.2 T");
            assertThat(stat("homes")).isEqualTo("24,900,000");

            JsonNode deals = api("/api/v1/deals?sort=-announcedOn&limit=10");
            assertThat(tableRows("deals-table")).extracting(row -> row.get(0))
                    .containsExactlyElementsOf(texts(deals.get("items"), "customer"));
            assertThat(tableRows("deals-table")).extracting(row -> row.get(2))
                    .containsExactlyElementsOf(texts(deals.get("items"), "announcedOn"));

            for (String chart : List.of("shares-value-chart", "shares-power-chart", "timeline-chart",
                    "exposure-chart")) {
                assertThat(browser.findElement(By.id(chart)).getDomAttribute("aria-label"))
                        .as("text alternative of %s", chart)
                        .isNotBlank().isNotEqualTo("Loading").containsPattern("[0-9]");
            }
            assertThat(browser.findElement(By.id("shares-value-chart")).getDomAttribute("aria-label"))
                    .contains("Oracle Cloud Infrastructure 51.02 %", "HHI 4,452.54");
            long drawnWidth = documentWidth();
            Object stickingOut = widerThan(width);
            screenshot("dashboard-" + width + ".png", width);
            assertThat(drawnWidth).as("no sideways scrolling at %d px: %s stick out", width, stickingOut)
                    .isLessThanOrEqualTo(width);
        }
        assertThat(browserErrors()).as("console errors (a refused script or style would be one)").isEmpty();
    }

    @Test
    @Order(2)
    void aFilterChangesTheChartsAndTheTable() {
        open(1280);

        new Select(browser.findElement(By.id("filter-provider"))).selectByValue("oracle");
        waitUntil("the shares of Oracle's deals only", () -> chart("shares-value-chart").get("categories").size() == 1);

        assertThat(chartShares("shares-value-chart", "low ends"))
                .isEqualTo(shares(api("/api/v1/analytics/concentration?measure=value&guidelines=us-2023"
                        + "&provider=oracle").get("lowEnds")));
        assertThat(stat("value-hhi")).isEqualTo("10,000.00");
        awaitReady();
        assertThat(tableRows("deals-table")).extracting(row -> row.get(1))
                .containsExactly("Oracle Cloud Infrastructure");
        assertThat(text("deals-source")).contains("provider=oracle");
        assertThat(chartSeries("exposure-chart", "low ends")).containsExactly(300.0);

        browser.findElement(By.cssSelector("#filters button[type=reset]")).click();
        waitUntil("every provider again", () -> chart("shares-value-chart").get("categories").size() == 3);
        awaitReady();
        assertThat(tableRows("deals-table")).hasSize(4);
    }

    @Test
    @Order(3)
    void theDealTablePagesWithCursorsAndOpensADealWithItsHistoryFromTheKeyboard() throws IOException {
        open(1280);
        new Select(browser.findElement(By.id("deals-limit"))).selectByValue("2");
        waitUntil("a page of two deals", () -> tableRows("deals-table").size() == 2);
        JsonNode first = api("/api/v1/deals?sort=-announcedOn&limit=2");
        JsonNode second = api(first.get("next").asText());
        assertThat(tableRows("deals-table")).extracting(row -> row.get(2))
                .containsExactlyElementsOf(texts(first.get("items"), "announcedOn"));

        browser.findElement(By.id("deals-next")).click();
        waitUntil("the second page", () -> text("deals-page").startsWith("Page 2"));
        assertThat(tableRows("deals-table")).extracting(row -> row.get(2))
                .containsExactlyElementsOf(texts(second.get("items"), "announcedOn"));
        assertThat(browser.findElement(By.id("deals-next")).isEnabled()).isFalse();
        browser.findElement(By.id("deals-previous")).click();
        waitUntil("the first page again", () -> text("deals-page").startsWith("Page 1"));

        JsonNode deal = first.get("items").get(0);
        WebElement open = browser.findElement(By.cssSelector("#deals-table button.deal-open"));
        open.sendKeys(Keys.ENTER);
        waitUntil("the deal's detail", () -> "ready".equals(browser.findElement(By.id("deal-detail"))
                .getDomAttribute("data-state")));
        JsonNode history = api("/api/v1/deals/" + deal.get("id").asText() + "/history");
        assertThat(text("deal-detail-title")).startsWith(deal.get("customer").asText() + " with Amazon Web Services");
        assertThat(stat("confidence")).isEqualTo(deal.get("valueConfidence").asText().toLowerCase(Locale.ROOT));
        assertThat(stat("value")).isEqualTo("USD 38 B");
        assertThat(browser.findElements(By.cssSelector("#deal-history > li"))).hasSize(history.size());
        assertThat(browser.findElement(By.cssSelector("#deal-history > li")).getText())
                .contains("Version 1: recorded by demo-data");
        assertThat(browser.findElement(By.cssSelector("[data-term=sources] a")).getDomProperty("href"))
                .isEqualTo(deal.get("sources").get(0).get("address").asText());

        Files.write(SCREENSHOTS.resolve("dashboard-deal.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitUntil("the dialog closed", () -> browser.findElement(By.id("deal-detail")).getDomAttribute("open") == null);
    }

    @Test
    @Order(4)
    void everyControlIsReachedWithTheTabKey() {
        open(1280);
        List<String> reached = new ArrayList<>();
        for (int press = 0; press < 60; press++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            String id = focused.getDomAttribute("id");
            reached.add(id == null ? focused.getDomAttribute("class") : id);
        }
        assertThat(reached).contains("filter-provider", "filter-customer", "filter-from", "filter-to",
                "shares-guidelines", "timeline-from", "timeline-granularity", "timeline-group", "exposure-customer",
                "buildout-target", "buildout-cost", "deals-sort", "deals-limit", "deal-open");
    }

    /** The last test: it records a deal, which changes the market the tests before it checked. */
    @Test
    @Order(5)
    void choosingAnotherCustomerOrPeriodChangesTheCharts() {
        assertThat(ledger.post("/api/v1/deals", """
                {"customer": "Anthropic", "providerId": "google-cloud", "announcedOn": "2025-10-23",
                 "term": {"start": "2026-01-01", "durationMonths": 72},
                 "value": {"kind": "range", "low": "10000000000", "high": "20000000000", "currency": "USD"},
                 "valueConfidence": "REPORTED",
                 "commitments": [{"acceleratorId": "nvidia-h100", "gigawatts": "1", "fullCapacityBy": "2026-12-31"}],
                 "sources": [{"title": "Press report", "address": "https://example.com/report",
                              "publishedOn": "2025-10-23"}]}""", ledger.adminAuthorization()).statusCode())
                .isEqualTo(201);
        open(1280);
        JsonNode market = api("/api/v1/analytics/concentration?measure=value&guidelines=us-2023");
        assertThat(chartShares("shares-value-chart", "low ends")).isEqualTo(shares(market.get("lowEnds")));
        assertThat(chartShares("shares-value-chart", "high ends")).isEqualTo(shares(market.get("highEnds")))
                .isNotEqualTo(shares(market.get("lowEnds")));

        WebElement customer = browser.findElement(By.id("exposure-customer"));
        customer.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Anthropic", Keys.TAB);
        waitUntil("Anthropic's exposure", () -> text("exposure-source").contains("customer=Anthropic")
                && "ready".equals(section("exposure")));
        JsonNode anthropic = api("/api/v1/analytics/exposure?customer=Anthropic");
        assertThat(chartSeries("exposure-chart", "low ends")).isEqualTo(billions(anthropic.get("byProvider"), "low"))
                .containsExactly(10.0);
        assertThat(chartSeries("exposure-chart", "high ends")).containsExactly(20.0);
        assertThat(stat("disclosed")).isEqualTo("USD 10 B – USD 20 B");

        new Select(browser.findElement(By.id("timeline-granularity"))).selectByValue("month");
        new Select(browser.findElement(By.id("timeline-group"))).selectByValue("customer");
        waitUntil("a monthly timeline by customer", () -> text("timeline-source").contains("groupBy=customer")
                && "ready".equals(section("timeline")));
        JsonNode monthly = api("/api/v1/analytics/capacity-timeline?from=" + value("timeline-from") + "&to="
                + value("timeline-to") + "&granularity=month&groupBy=customer");
        assertThat(chartTimeline()).isEqualTo(timeline(monthly));
        assertThat(chart("timeline-chart").get("categories").get(0).asText()).matches("[0-9]{4}-01");
    }

    /** Opens the page at {@code width} CSS pixels and waits until every section has drawn what the API answered. */
    private static void open(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
        browser.get(ledger.uri("/").toString());
        awaitReady();
    }

    private static void awaitReady() {
        waitUntil("every section drawn", () -> SECTIONS.stream().allMatch(id -> "ready".equals(section(id))));
    }

    private static String section(String id) {
        return browser.findElement(By.id(id)).getDomAttribute("data-state");
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).withMessage(() -> what + "; sections: " + SECTIONS.stream()
                .map(id -> id + "=" + section(id) + " " + browser.findElement(By.cssSelector("#" + id + " .error"))
                        .getDomProperty("textContent")).toList()).until(driver -> condition.getAsBoolean());
    }

    /** The whole page as a picture: the viewport stretched to the page's height for the shot. */
    private static void screenshot(String name, int width) throws IOException {
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The elements whose right edge lies beyond {@code width}, outside any scrolling box. */
    private static Object widerThan(int width) {
        return browser.executeScript("""
                return [...document.querySelectorAll('body *')]
                  .filter((node) => node.getBoundingClientRect().right > arguments[0] && !node.closest('.scroll'))
                  .map((node) => node.tagName + '#' + node.id + '.' + node.className);""", width);
    }

    private static long documentWidth() {
        return ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    private static List<String> browserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static JsonNode api(String path) {
        HttpResponse<String> response = ledger.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return RunningLedger.json(response);
    }

    private static JsonNode chart(String id) {
        Object drawn = browser.executeAsyncScript(READ_CHART, id);
        JsonNode chart = WebTestSupport.strictJson((String) drawn);
        assertThat(chart.has("error")).as("chart %s: %s", id, chart).isFalse();
        return chart;
    }

    private static List<Double> chartSeries(String id, String series) {
        JsonNode chart = chart(id);
        return StreamSupport.stream(chart.get("series").spliterator(), false)
                .filter(one -> one.get("name").asText().equals(series)).findFirst()
                .map(one -> StreamSupport.stream(one.get("data").spliterator(), false).map(JsonNode::asDouble).toList())
                .orElseThrow(() -> new AssertionError("no series " + series + " in " + chart));
    }

    /** Provider name (the first line of a category) → share drawn, in the chart's order. */
    private static Map<String, Double> chartShares(String id, String series) {
        JsonNode categories = chart(id).get("categories");
        List<Double> values = chartSeries(id, series);
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int index = 0; index < categories.size(); index++) {
            shares.put(categories.get(index).asText().split("\n")[0], values.get(index));
        }
        return shares;
    }

    /** Provider name → share, as the API answered them for one end of the value ranges. */
    private static Map<String, Double> shares(JsonNode ends) {
        Map<String, Double> shares = new LinkedHashMap<>();
        ends.get("shares").forEach(share -> shares.put(providerName(share.get("providerId").asText()),
                share.get("sharePercent").asDouble()));
        return shares;
    }

    /** Period → (group name → GW), as the chart draws it; groups without capacity in a period are left out. */
    private static Map<String, Map<String, Double>> chartTimeline() {
        JsonNode chart = chart("timeline-chart");
        Map<String, Map<String, Double>> drawn = new LinkedHashMap<>();
        for (int period = 0; period < chart.get("categories").size(); period++) {
            Map<String, Double> groups = new LinkedHashMap<>();
            for (JsonNode series : chart.get("series")) {
                double gigawatts = series.get("data").get(period).asDouble();
                if (gigawatts != 0) {
                    groups.put(series.get("name").asText().replace(" (estimated)", ""), gigawatts);
                }
            }
            drawn.put(chart.get("categories").get(period).asText(), groups);
        }
        return drawn;
    }

    /** The same, from the API's answer. */
    private static Map<String, Map<String, Double>> timeline(JsonNode answer) {
        boolean quarters = answer.get("granularity").asText().equals("quarter");
        boolean byProvider = answer.get("groupBy").asText().equals("provider");
        Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        for (JsonNode point : answer.get("points")) {
            String start = point.get("periodStart").asText();
            int month = Integer.parseInt(start.substring(5, 7));
            String period = quarters ? start.substring(0, 4) + " Q" + ((month - 1) / 3 + 1) : start.substring(0, 7);
            Map<String, Double> groups = new LinkedHashMap<>();
            point.get("groups").forEach(group -> {
                double gigawatts = new BigDecimal(group.get("gigawatts").asText()).doubleValue();
                if (gigawatts != 0) {
                    String name = group.get("group").asText();
                    groups.put(byProvider ? providerName(name) : name, gigawatts);
                }
            });
            expected.put(period, groups);
        }
        return expected;
    }

    private static List<Double> billions(JsonNode byProvider, String end) {
        return StreamSupport.stream(byProvider.spliterator(), false)
                .map(row -> new BigDecimal(row.get(end).get("amount").asText()).doubleValue() / 1e9).toList();
    }

    private static String hhi(JsonNode ends) {
        return String.format(Locale.ROOT, "%,.2f", ends.get("hhi").asDouble());
    }

    private static String providerName(String id) {
        return api("/api/v1/providers/" + id).get("name").asText();
    }

    private static List<String> texts(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get(field).asText()).toList();
    }

    /** The text of each body row of a table, cell by cell, read at one instant (hidden tables too: read, not seen). */
    @SuppressWarnings("unchecked")
    private static List<List<String>> tableRows(String id) {
        return (List<List<String>>) browser.executeScript("""
                return [...document.querySelectorAll('#' + arguments[0] + ' tbody tr')]
                  .map((row) => [...row.cells].map((cell) => cell.textContent.trim()));""", id);
    }

    private static String stat(String term) {
        return text(By.cssSelector("[data-term='" + term + "'] dd"));
    }

    private static String statTerm(String term) {
        return text(By.cssSelector("[data-term='" + term + "'] dt"));
    }

    private static String text(String id) {
        return text(By.id(id));
    }

    private static String text(By element) {
        return browser.findElement(element).getDomProperty("textContent").strip();
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }
}
