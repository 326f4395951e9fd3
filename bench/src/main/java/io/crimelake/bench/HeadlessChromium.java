package io.crimelake.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver (apt packages {@code chromium}, {@code chromium-driver}) driven by Selenium;
 * both paths are explicit so Selenium Manager never tries to download a browser or a driver.
 */
public final class HeadlessChromium {
    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** Why no browser can be started here, or empty when both executables are installed. */
    public static Optional<String> missing() {
        for (Path executable : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(executable)) {
                return Optional.of(executable + " is not installed (apt-get install chromium chromium-driver)");
            }
        }
        return Optional.empty();
    }

    /**
     * A fresh headless browser at 1280×800 with its own profile under {@code profile}, which also receives
     * downloads; nothing in it talks to the internet by itself.
     */
    public static ChromeDriver start(Path profile) {
        Path downloads = profile.resolve("downloads");
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run",
                        "--disable-sync",
                        "--lang=en-US",
                        "--window-size=1280,800",
                        "--user-data-dir=" + profile.resolve("user-data"));
        // The performance log carries the browser's network events: how the benchmark counts requests.
        options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Where {@link #start} makes the browser save downloads. */
    public static Path downloads(Path profile) {
        return profile.resolve("downloads");
    }
}
