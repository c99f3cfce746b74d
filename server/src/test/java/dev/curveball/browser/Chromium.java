package dev.curveball.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium, driven through the system's ChromeDriver. Nothing is ever downloaded. Without
 * Chromium the browser tests are skipped on a developer machine and fail in CI, where they must run.
 */
final class Chromium {
    private static final Path BINARY = Path.of(envOr("CHROME_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(envOr("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static void requireInstalled() {
        boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        String missing = "Chromium not found at " + BINARY + " with ChromeDriver at " + DRIVER
            + "; install Debian's chromium and chromium-driver (or set CHROME_BIN and CHROMEDRIVER)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.assertTrue(present, missing);
        } else {
            Assumptions.assumeTrue(present, missing);
        }
    }

    /** A new browser with its own empty profile: as separate as two people's machines. */
    static ChromeDriver launch() {
        Path profile;
        try {
            profile = Files.createTempDirectory("curveball-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
