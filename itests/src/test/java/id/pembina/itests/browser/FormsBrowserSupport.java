package id.pembina.itests.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (no driver download), showing pages as a 360 × 740 px
 * phone does, with screenshots under {@code target/}.
 */
final class FormsBrowserSupport implements AutoCloseable {

    static final int WIDTH = 360;
    static final int HEIGHT = 740;

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path shots;

    FormsBrowserSupport(String name) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("pembina.it.chromium", "/usr/bin/chromium"));
        // the server under test answers HTTPS with its own self-signed certificate
        options.setAcceptInsecureCerts(true);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--ignore-certificate-errors",
                "--window-size=" + WIDTH + "," + HEIGHT, "--lang=id");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("pembina.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // the viewport of a phone, whatever window size the headless browser settles on
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 2, "mobile", true));
        wait = new WebDriverWait(driver, FormsBrowserDistribution.TIMEOUT);
        shots = Path.of(System.getProperty("project.build.directory", "target"), "screenshots", name);
        Files.createDirectories(shots);
    }

    /** @return how many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways) */
    long horizontalOverflow() {
        Object o = driver.executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
                + " - document.documentElement.clientWidth;");
        return ((Number) o).longValue();
    }

    /** @return the viewport's width in CSS pixels */
    long viewportWidth() {
        return ((Number) driver.executeScript("return document.documentElement.clientWidth;")).longValue();
    }

    /** Saves a screenshot of the whole page as {@code target/screenshots/<name>/<file>.png}. */
    Path screenshot(String file) throws IOException {
        Path to = shots.resolve(file + ".png");
        Files.write(to, driver.getScreenshotAs(OutputType.BYTES));
        return to;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
