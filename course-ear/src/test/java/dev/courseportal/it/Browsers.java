package dev.courseportal.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless, writing nothing outside {@code target/}.
 * Playwright's own browser download is never used: the portal's tests run offline.
 */
public final class Browsers {

    private static final Path CHROMIUM = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));

    private Browsers() {
    }

    public static Playwright playwright() {
        requireChromium();
        Path home = Path.of("target", "browser-home").toAbsolutePath();
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_CACHE_HOME", home.resolve("cache").toString())));
    }

    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-dev-shm-usage")));
    }

    private static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is not installed at " + CHROMIUM + ". The browser tests need "
                    + "Debian's Chromium: run 'sudo apt-get update && sudo apt-get install -y chromium' "
                    + "(or set -Dportal.chromium=/path/to/chromium). See README.md, Troubleshooting.");
        }
    }
}
