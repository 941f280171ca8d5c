package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver. Both are named explicitly, so Selenium Manager (which
 * would download a browser or a driver, and report usage) never runs; the browser is kept off every network service
 * it would call on its own, and no host name but localhost resolves (without that rule Chromium still looks up
 * Google's hosts in DNS), so its traffic stays on loopback. Traced with strace, the one system call left that names
 * another address is Chromium's IPv6 reachability check: a UDP {@code connect()} that sends nothing.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** Skips the calling test on a machine without the Debian packages ({@code .ci/run} installs them). */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: it needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + "); install them with: apt-get install chromium chromium-driver");
    }

    /** A new browser with a fresh profile below {@code target/}; quit it when done. */
    static ChromeDriver start() {
        // Selenium's OpenTelemetry tracing has nothing to report to here.
        System.setProperty("webdriver.remote.enableTracing", "false");
        Path profile;
        try {
            profile = Files.createTempDirectory(Path.of(System.getProperty("user.dir"), "target"), "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
