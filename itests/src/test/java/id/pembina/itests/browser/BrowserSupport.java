package id.pembina.itests.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium for the browser tests: Debian's {@code chromium} and
 * {@code chromium-driver} (scripts/browser-deps.sh installs them), waits bounded by
 * {@code pembina.it.timeout}, screenshots under target/, and axe-core (from its WebJar) for accessibility.
 */
public final class BrowserSupport implements AutoCloseable {

    /** How long a wait on a condition may take; waits end as soon as the condition holds. */
    public static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("pembina.it.timeout", 600));

    private static final String AXE = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe.version", "4.6.3")
            + "/axe.min.js";

    private final WebDriver driver;
    private final String base;
    private final Path screenshots;

    public BrowserSupport(String base, Path screenshots) throws IOException {
        this.base = base;
        this.screenshots = Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("pembina.chromium", "/usr/bin/chromium"));
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        // the server under test answers HTTPS with its own self-signed certificate
        options.setAcceptInsecureCerts(true);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--ignore-certificate-errors",
                "--lang=id", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("pembina.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Waits until the condition gives a non-null, non-false value, and returns it. */
    public <T> T until(String what, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200));
        // an element of the page being replaced by the next one: look again
        wait.withMessage(what).ignoring(StaleElementReferenceException.class);
        return wait.until(condition);
    }

    public WebElement element(String css) {
        return until("element " + css, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public void type(String css, String text) {
        WebElement e = element(css);
        e.clear();
        e.sendKeys(text);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    public Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Path shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /**
     * Runs axe-core on the page as it is now.
     *
     * @return the serious and critical violations, one line each (rule, help, first elements)
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityProblems() throws IOException {
        if (!Boolean.TRUE.equals(script("return typeof window.axe !== 'undefined'"))) {
            script(axeSource());
        }
        return (List<String>) asyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' @ '"
                + "      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }));"
                + "}, function (e) { done(['axe failed: ' + e]); });");
    }

    private static String axeSource() throws IOException {
        try (InputStream in = BrowserSupport.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IOException("axe-core is not on the test class path: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Fetches a URL with the browser's own session (cookies) and returns the body's bytes, e.g. a report
     * offered for download.
     */
    public byte[] fetch(String url) {
        String b64 = (String) asyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                + "  if (!r.ok) { done('ERROR ' + r.status); return; }"
                + "  return r.arrayBuffer().then(function (buf) {"
                + "    var bytes = new Uint8Array(buf), s = '';"
                + "    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }"
                + "    done(btoa(s)); });"
                + "}).catch(function (e) { done('ERROR ' + e); });", url);
        if (b64.startsWith("ERROR")) {
            throw new AssertionError(url + ": " + b64);
        }
        return Base64.getDecoder().decode(b64);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
