package de.integrationsnetz.support.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Playwright driver and one Chromium for the whole test JVM (starting Chromium costs about a second; a
 * {@link com.microsoft.playwright.BrowserContext} per test costs milliseconds). Kept in JUnit's root store, which
 * closes it when the test run ends.
 */
final class SharedBrowser implements AutoCloseable {

    /** Chromium must never reach the network: no updates, no sync, no phoning home. */
    static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;
    /** Logged-in sessions (cookies) per demo account, so that each account logs in through the form only once. */
    private final Map<String, String> storageStates = new ConcurrentHashMap<>();
    /** Pages kept for the whole run, see {@link BrowserSession#reusedPage}. */
    private final Map<String, Page> reusedPages = new ConcurrentHashMap<>();

    SharedBrowser(Path executable) {
        // The driver is bundled in the Playwright jar; the browser is the system one, never a download.
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGUMENTS));
        } catch (RuntimeException failure) {
            playwright.close();
            throw failure;
        }
    }

    Browser browser() {
        return browser;
    }

    Map<String, String> storageStates() {
        return storageStates;
    }

    Map<String, Page> reusedPages() {
        return reusedPages;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
