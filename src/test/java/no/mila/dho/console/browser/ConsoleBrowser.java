package no.mila.dho.console.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Debian's chromedriver (both paths given, so Selenium Manager is never asked to
 * find or download anything), with a fresh profile of its own: no cookie or session of another test. Opens the
 * console of a {@link ConsoleStack}, signs in on Keycloak's real login page, waits for what a test expects (never a
 * fixed sleep: every wait is a {@link WebDriverWait} on a condition, with a generous timeout) and takes screenshots.
 */
public final class ConsoleBrowser implements AutoCloseable {

    /** How long a wait may take before it fails: long, as the machine may be busy; a passing wait ends at once. */
    public static final Duration WAIT = Duration.ofSeconds(60);
    static final String CHROMIUM = System.getProperty("console.browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("console.browser.chromedriver", "/usr/bin/chromedriver");

    private final ConsoleStack stack;
    private final Path profile;
    private final ChromeDriver driver;

    private ConsoleBrowser(ConsoleStack stack, Path profile, ChromeDriver driver) {
        this.stack = stack;
        this.profile = profile;
        this.driver = driver;
    }

    /** A new browser (own profile) on the console of {@code stack}; nothing is open yet. */
    public static ConsoleBrowser open(ConsoleStack stack) {
        for (String file : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(file))) {
                throw new IllegalStateException("No " + file + ": the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)");
            }
        }
        try {
            Path profiles = Files.createDirectories(stack.work().resolve("profiles"));
            Path profile = Files.createTempDirectory(profiles, "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=nb",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .withLogFile(stack.work().resolve("chromedriver-" + profile.getFileName() + ".log").toFile())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
            return new ConsoleBrowser(stack, profile, driver);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a browser profile", e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public JavascriptExecutor js() {
        return driver;
    }

    /** Opens {@code path} of the console (e.g. {@code /console/worklist}); may end on Keycloak's login page. */
    public ConsoleBrowser go(String path) {
        driver.get(stack.baseUrl() + path);
        return this;
    }

    /** The path of the page now shown, e.g. {@code /console/worklist} (any host: Keycloak's pages too). */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** True when the page shown is Keycloak's login page of realm dho. */
    public boolean onLoginPage() {
        return driver.getCurrentUrl().startsWith(stack.keycloak().realmUrl() + "/")
                && !driver.findElements(By.id("username")).isEmpty();
    }

    /** Waits until Keycloak's login page is shown (after being sent there from the console). */
    public ConsoleBrowser awaitLoginPage() {
        until("Keycloak's login page (now on " + driver.getCurrentUrl() + ")", d -> onLoginPage());
        return this;
    }

    /**
     * Signs in on Keycloak's login page, which must be shown or come next (open a console page first), and waits
     * until the browser is back on the console.
     */
    public ConsoleBrowser signIn(String username, String password) {
        awaitLoginPage();
        WebElement user = find(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = find(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        find(By.id("kc-login")).click();
        until("back on the console after signing in as " + username,
                d -> d.getCurrentUrl().startsWith(stack.baseUrl() + "/console"));
        return this;
    }

    /** Opens {@code path}, signs in as demo user {@code username} (password demo) and waits until back on the console. */
    public ConsoleBrowser signInAt(String path, String username) {
        return go(path).signIn(username, "demo");
    }

    /** The element, once it is there and visible. */
    public WebElement find(By locator) {
        return new WebDriverWait(driver, WAIT).withMessage(() -> "no visible " + locator + " on " + url())
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The element with {@code data-testid=testId}, once visible. */
    public WebElement byTestId(String testId) {
        return find(testId(testId));
    }

    public static By testId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    /**
     * Waits until {@code condition} holds (returns non-null and not false); {@code what} says what was awaited. An
     * element replaced while the condition looked at it (the worklist replaces its list when it polls) is looked up
     * again on the next try instead of failing.
     */
    public <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(() -> "waited " + WAIT.toSeconds() + " s for " + what)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Does {@code action} on elements it finds itself, again if one of them was replaced meanwhile. */
    public void act(String what, Consumer<WebDriver> action) {
        until(what, d -> {
            action.accept(d);
            return true;
        });
    }

    /** A PNG of the page to {@code file}. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** A PNG of the page to {@code docs/screenshots/<name>.png}, the console's documentation. */
    public Path screenshot(String name) {
        return screenshot(ConsoleStack.root().resolve("docs/screenshots/" + name + ".png"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left in target/ is harmless
        }
    }
}
