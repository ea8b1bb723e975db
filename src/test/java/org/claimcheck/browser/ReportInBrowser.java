package org.claimcheck.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the rendered HTML report in headless Chromium and checks what a reader needs: every claim
 * case of claims.md is listed in the Suites tree with a status and its verdict (the "verdict"
 * parameter), a chart attachment opens as an image that loaded, and, where an earlier run's history was carried over, the Trend panel has something
 * to show. Run after the report by mvn test (exec:java@report-in-browser); where no browser is
 * installed it says so and how to get one, and does not fail.
 *
 * <p>Arguments: the reports folder (claims.md, allure-report/index.html, allure-results).
 */
public final class ReportInBrowser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Set by CI: a missing browser fails instead of skipping. */
    static final String REQUIRE = "CLAIMCHECK_REQUIRE_BROWSER";

    private ReportInBrowser() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args.length > 0 ? args[0] : "reports");
        Path report = reports.resolve("allure-report/index.html");
        Optional<String> skip = whySkip(reports, report);
        if (skip.isPresent()) {
            if (System.getenv(REQUIRE) != null && skip.get().startsWith("no " + CHROMIUM)) {
                throw new IllegalStateException(REQUIRE + " is set, but the report cannot be checked: " + skip.get());
            }
            System.out.println("[claimcheck] report not checked in a browser: " + skip.get());
            return;
        }
        Map<String, String> expected = verdicts(reports.resolve("claims.md"));
        List<String> problems = new ArrayList<>();
        WebDriver browser = start();
        try {
            problems.addAll(checkCases(browser, report, expected));
            problems.addAll(checkChart(browser, report));
            if (Files.isDirectory(reports.resolve("allure-results/history"))) {
                problems.addAll(checkTrend(browser, report));
            }
        } finally {
            browser.quit();
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the HTML report " + report + " fails in Chromium:\n  " + String.join("\n  ", problems));
        }
        System.out.println("[claimcheck] report checked in headless Chromium: " + expected.size() + " claim cases listed with their"
                + " verdicts, a chart attachment loads" + (Files.isDirectory(reports.resolve("allure-results/history")) ? ", the trend shows" : ""));
    }

    static Optional<String> whySkip(Path reports, Path report) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            return Optional.of("no " + CHROMIUM + " or " + DRIVER + " (apt-get install chromium chromium-driver)");
        }
        if (!Files.exists(report)) {
            return Optional.of(report + " was not rendered");
        }
        if (!claimTestsIn(reports.resolve("allure-results"))) {
            return Optional.of("no claim test in this run's results (" + reports.resolve("allure-results") + ")");
        }
        return Optional.empty();
    }

    /** Whether any Allure result of this run is a claim test (tag "claim"): claims.md may be an earlier run's. */
    static boolean claimTestsIn(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return false;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
                for (JsonNode label : json.readTree(file.toFile()).path("labels")) {
                    if (label.path("name").asText().equals("tag") && label.path("value").asText().equals("claim")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public static WebDriver start() {
        // Selenium warns that it has no DevTools binding for this Chromium version; the check does not use DevTools.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** claims.md's rows as "claim · case · backend" → the verdict the row gives. */
    static Map<String, String> verdicts(Path claimsMd) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> header = null;
        for (String line : Files.readAllLines(claimsMd)) {
            if (!line.startsWith("| ") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("claim")) {
                header = cells;
                continue;
            }
            if (header == null) {
                continue;
            }
            for (String backend : List.of("cpu", "gpu")) {
                int column = header.indexOf(backend);
                if (column >= 0 && column < cells.size() && !cells.get(column).startsWith("not run") && !cells.get(column).equals("—")) {
                    expected.put(cells.get(0) + " · " + cells.get(header.indexOf("case")) + " · " + backend, cells.get(column));
                }
            }
        }
        return expected;
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|")) {
            cells.add(cell.strip().replace("\\|", "|"));
        }
        return cells;
    }

    static List<String> checkCases(WebDriver browser, Path report, Map<String, String> expected) {
        List<Leaf> shown = leaves(browser, report);
        List<String> problems = new ArrayList<>();
        expected.forEach((claimCase, verdict) -> {
            Optional<Leaf> leaf = shown.stream().filter(l -> l.name().endsWith(claimCase)).findFirst();
            if (leaf.isEmpty()) {
                problems.add(claimCase + " is not listed (" + shown.size() + " tests listed)");
            } else if (leaf.get().status().equals("none")) {
                problems.add(claimCase + " is listed without a status");
            } else if (!leaf.get().parameters().contains(verdict)) {
                problems.add(claimCase + " is listed without its verdict '" + verdict + "' (shown: " + leaf.get().parameters() + ")");
            }
        });
        return problems;
    }

    static List<String> checkChart(WebDriver browser, Path report) {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        List<String> targets = leaves(browser, report).stream().sorted(java.util.Comparator.comparing(l -> !l.name().contains("L13-OPT")))
                .map(Leaf::href).limit(12).toList();
        for (String target : targets) {
            browser.get(report.toUri() + target);
            List<WebElement> rows;
            try {
                rows = new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> {
                    List<WebElement> found = b.findElements(By.cssSelector(".attachment-row"));
                    return found.isEmpty() ? null : found;
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                continue;
            }
            Optional<WebElement> chart = rows.stream().filter(r -> r.getText().contains("with expected bands")).findFirst();
            if (chart.isEmpty()) {
                continue;
            }
            chart.get().click();
            WebElement image = wait.until(b -> b.findElements(By.cssSelector(".attachment-row__content img, .attachment__media img, img.attachment__media"))
                    .stream().findFirst().orElse(null));
            Object width = wait.until(b -> {
                Object w = ((JavascriptExecutor) b).executeScript("return arguments[0].complete && arguments[0].naturalWidth", image);
                return w instanceof Number n && n.longValue() > 0 ? w : null;
            });
            System.out.println("[claimcheck] chart attachment '" + chart.get().getText().lines().findFirst().orElse("").strip() + "' (" + target + ") loaded in Chromium, "
                    + width + " px wide");
            return List.of();
        }
        return List.of("none of the first " + targets.size() + " cases (L13-OPT first) has a chart attachment 'with expected bands' that opens");
    }

    /** A test as the Suites tab lists it: its name, its status icon, its parameters' text, its link. */
    record Leaf(String name, String status, String parameters, String href) {
    }

    private static final String VISIBLE_LEAVES = """
            return Array.from(document.querySelectorAll('a.node__leaf')).filter(a => a.offsetParent !== null).map(a => [
              a.querySelector('.node__name').textContent.trim(),
              (a.querySelector('.node__anchor span').className.match(/text_status_(\\w+)/) || [null, 'none'])[1],
              (a.querySelector('.node__parameters') || {textContent: ''}).textContent.replace(/\\s+/g, ' '),
              a.getAttribute('href')]);""";

    /** Clicks every group whose children are hidden, as a reader opens the tree level by level. */
    private static final String OPEN_GROUPS = """
            document.querySelectorAll('div.node > .node__title').forEach(t => {
              const children = t.parentElement.querySelector(':scope > .node__children');
              if (t.offsetParent !== null && (!children || children.offsetParent === null)) { t.click(); }
            });""";

    /** The Suites tab's tests as a reader sees them with every group opened, once the tree has stopped growing. */
    @SuppressWarnings("unchecked")
    static List<Leaf> leaves(WebDriver browser, Path report) {
        browser.get(report.toUri() + "#suites");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        int[] last = {-1};
        List<List<String>> rows = wait.pollingEvery(Duration.ofMillis(1000)).until(b -> {
            ((JavascriptExecutor) b).executeScript(OPEN_GROUPS);
            List<List<String>> found = (List<List<String>>) ((JavascriptExecutor) b).executeScript(VISIBLE_LEAVES);
            boolean stable = !found.isEmpty() && found.size() == last[0];
            last[0] = found.size();
            return stable ? found : null;
        });
        return rows.stream().map(r -> new Leaf(r.get(0), r.get(1), r.get(2), r.get(3))).toList();
    }

    /** The overview's Trend panel draws its chart once an earlier run's history was carried over. */
    static List<String> checkTrend(WebDriver browser, Path report) {
        browser.get(report.toUri() + "#");
        try {
            new WebDriverWait(browser, PATIENCE).until(b -> b.findElements(By.cssSelector("[data-id='history-trend'] svg path.trend__area"))
                    .stream().findFirst().orElse(null));
            return List.of();
        } catch (org.openqa.selenium.TimeoutException e) {
            return List.of("the Trend panel draws no chart although an earlier run's history was carried over");
        }
    }
}
