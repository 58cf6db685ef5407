package cn.jinshan.ladder.systemtest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by its matching chromedriver (explicit paths, so Selenium Manager never runs), with a
 * throw-away profile, no outside DNS and screenshots under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final String GATEWAY = "http://localhost:8080";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;
    private final String journey;
    private final Path screenshots;
    private int shots;
    private boolean passed;

    private Browser(String journey, int width, int height) throws IOException {
        this.journey = journey;
        this.screenshots = Path.of(System.getProperty("ladder.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        try (Stream<Path> old = Files.list(screenshots)) {
            for (Path file : old.filter(p -> p.getFileName().toString().startsWith(journey + "-"))
                    .toList()) {
                Files.delete(file);
            }
        }
        profile = Files.createTempDirectory("ladder-chromium-");
        String rules = "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost";
        // -Dladder.browser.gateway=127.0.0.1:8090 sends the page to a gateway started on another port (same origin);
        // an exclusion would apply to every rule, so localhost is mapped explicitly instead
        String gateway = System.getProperty("ladder.browser.gateway", "");
        if (!gateway.isBlank()) {
            rules = "MAP localhost:8080 " + gateway
                    + " , MAP localhost 127.0.0.1 , MAP * ~NOTFOUND , EXCLUDE 127.0.0.1";
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ladder.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--host-resolver-rules=" + rules,
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("ladder.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "XDG_CONFIG_HOME", profile.resolve("xdg-config").toString(),
                        "XDG_CACHE_HOME", profile.resolve("xdg-cache").toString()))
                .build();
        driver = new ChromeDriver(service, options);
        resize(width, height);
    }

    /** A desktop-sized browser (1280×900). */
    static Browser desktop(String journey) throws IOException {
        return new Browser(journey, 1280, 900);
    }

    /** A phone-sized browser whose viewport is exactly {@code width}×{@code height}. */
    static Browser phone(String journey, int width, int height) throws IOException {
        return new Browser(journey, width, height);
    }

    /** Headless windows keep some height for browser UI: size the window so the viewport is what was asked. */
    private void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long inner = ((Number) driver.executeScript("return window.innerHeight")).longValue();
        long innerWidth = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        driver.manage().window().setSize(new Dimension((int) (2L * width - innerWidth), (int) (2L * height - inner)));
    }

    long[] viewport() {
        return new long[] {
            ((Number) driver.executeScript("return window.innerWidth")).longValue(),
            ((Number) driver.executeScript("return window.innerHeight")).longValue()
        };
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens an app path; when there is no session the app sends the browser to Keycloak's login page. */
    void open(String path) {
        driver.get(GATEWAY + path);
    }

    /** Signs in on the real Keycloak login page (realm ladder) with a demo user and waits to be back in the app. */
    void signIn(String username) {
        WebElement user = until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("ladder-demo");
        screenshot("keycloak-login");
        driver.findElement(By.id("kc-login")).click();
        until(ExpectedConditions.urlMatches("^" + GATEWAY + "/(?!callback).*"));
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=signed-in]")));
    }

    <T> T until(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    <T> T until(Duration timeout, java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    WebElement visible(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void click(String css) {
        until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    String text(String css) {
        return visible(css).getText();
    }

    /** Saves a PNG named {@code <journey>-<nn>-<step>.png} and returns its path. */
    Path screenshot(String step) {
        try {
            Path target = screenshots.resolve(String.format("%s-%02d-%s.png", journey, ++shots, step));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser console's errors so far (CSP violations, failed requests, uncaught exceptions). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // a service that timed out under load (the gateway's 503 problem) is shown as unavailable, not a UI
                // fault
                .filter(message -> !message.contains("status of 503"))
                .toList();
    }

    /** Marks the journey as done; a browser closed without it saves a last screenshot, {@code <journey>-…-failure}. */
    void passed() {
        passed = true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!passed) {
                screenshot("failure");
            }
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
