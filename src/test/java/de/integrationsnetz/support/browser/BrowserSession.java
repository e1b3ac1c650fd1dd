package de.integrationsnetz.support.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One test's view of the shared Chromium. Every context it opens is isolated (own cookies, own session) and closed
 * after the test; contexts are German ({@code de-DE}) with a viewport of the given width. The session records
 * requests that leave the machine and script errors (including CSP violations) of every page it uses.
 */
public final class BrowserSession implements AutoCloseable {

    /** The demo accounts' password: the default of {@code app.demo.password}. */
    public static final String DEMO_PASSWORD = "Demo-2026!";
    public static final int DESKTOP = 1280;
    public static final int PHONE = 390;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final SharedBrowser shared;
    private final String baseUrl;
    private final List<BrowserContext> ownContexts = new ArrayList<>();
    private final List<Page> reusedPages = new ArrayList<>();
    private final List<Runnable> detachers = new ArrayList<>();
    private final List<String> externalRequests = new CopyOnWriteArrayList<>();
    private final List<String> scriptErrors = new CopyOnWriteArrayList<>();

    BrowserSession(SharedBrowser shared, String baseUrl) {
        this.shared = shared;
        this.baseUrl = baseUrl;
    }

    /** {@code http://localhost:<port>} of the app under test; paths given to {@code page.navigate} are relative to it. */
    public String baseUrl() {
        return baseUrl;
    }

    /** A new anonymous browser (own cookies) with a viewport {@code width} px wide. */
    public BrowserContext newContext(int width) {
        return newContext(width, options -> {});
    }

    /** As {@link #newContext(int)}, with more options (e.g. {@code setJavaScriptEnabled(false)}). */
    public BrowserContext newContext(int width, Consumer<Browser.NewContextOptions> customiser) {
        BrowserContext context = createContext(width, customiser);
        ownContexts.add(context);
        watch(context);
        return context;
    }

    /** A new page in a new anonymous browser. */
    public Page newPage(int width) {
        return newContext(width).newPage();
    }

    /**
     * A new page in a new browser that is logged in as the demo account {@code email}. The first call per account logs
     * in through the real login form; later calls reuse that session's cookies.
     */
    public Page newPageLoggedInAs(String email, int width) {
        String state = shared.storageStates().get(email);
        if (state != null) {
            return newContext(width, options -> options.setStorageState(state)).newPage();
        }
        BrowserContext context = newContext(width);
        Page page = context.newPage();
        logIn(page, email, DEMO_PASSWORD);
        shared.storageStates().put(email, context.storageState());
        return page;
    }

    /**
     * A page that stays open for the whole test run, one per width, language and demo account ({@code null}:
     * anonymous): no new browser, warm cache, no new login. Only for tests that look and do not change anything
     * (no logout, no language switch through the UI, no form post that succeeds).
     */
    public Page reusedPage(int width, String language, @Nullable String account) {
        String key = width + "|" + language + "|" + account;
        Page page = shared.reusedPages().computeIfAbsent(key, unused -> {
            BrowserContext context = account == null
                    ? createContext(width, options -> {})
                    : createContext(width, options -> options.setStorageState(storageStateOf(account)));
            useLanguage(context, language);
            return context.newPage();
        });
        reusedPages.add(page);
        watch(page.context());
        return page;
    }

    /** Logs in through the login form, as a person would; fails unless the app lets the user in. */
    public void logIn(Page page, String email, String password) {
        page.navigate("/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState();
        if (URI.create(page.url()).getPath().startsWith("/login")) {
            throw new AssertionError("Login as " + email + " failed: still on " + page.url());
        }
    }

    /** Sets the UI language cookie, as the language switcher would, without storing it in anybody's account. */
    public void useLanguage(BrowserContext context, String language) {
        context.addCookies(List.of(new Cookie("lang", language).setDomain("localhost").setPath("/")));
    }

    /** Requests that went to any host other than this machine (tiles, fonts, analytics …), as "METHOD url". */
    public List<String> externalRequests() {
        return List.copyOf(externalRequests);
    }

    /** Uncaught script errors and Content-Security-Policy violations of every page used so far. */
    public List<String> scriptErrors() {
        return List.copyOf(scriptErrors);
    }

    List<Page> openPages() {
        List<Page> pages = new ArrayList<>(reusedPages);
        ownContexts.forEach(context -> pages.addAll(context.pages()));
        return pages.stream().filter(page -> !page.isClosed()).distinct().toList();
    }

    private String storageStateOf(String account) {
        String state = shared.storageStates().get(account);
        if (state == null) {
            BrowserContext context = createContext(DESKTOP, options -> {});
            try {
                logIn(context.newPage(), account, DEMO_PASSWORD);
                state = context.storageState();
                shared.storageStates().put(account, state);
            } finally {
                context.close();
            }
        }
        return state;
    }

    private BrowserContext createContext(int width, Consumer<Browser.NewContextOptions> customiser) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("de-DE")
                .setTimezoneId("Europe/Berlin")
                .setViewportSize(width, width <= PHONE ? 844 : 900);
        customiser.accept(options);
        BrowserContext context = shared.browser().newContext(options);
        context.setDefaultTimeout(10_000);
        return context;
    }

    /** Records this test's external requests and script errors in the context, until the test ends. */
    private void watch(BrowserContext context) {
        Consumer<Request> onRequest = request -> {
            String url = request.url();
            if (url.startsWith("http") && !LOCAL_HOSTS.contains(URI.create(url).getHost())) {
                externalRequests.add(request.method() + " " + url);
            }
        };
        Consumer<Page> onPage = this::watch;
        context.onRequest(onRequest);
        context.onPage(onPage);
        context.pages().forEach(this::watch);
        detachers.add(() -> {
            context.offRequest(onRequest);
            context.offPage(onPage);
        });
    }

    private void watch(Page page) {
        Consumer<String> onError = error -> scriptErrors.add(page.url() + ": " + error);
        Consumer<ConsoleMessage> onConsole = message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                scriptErrors.add(page.url() + ": " + message.text());
            }
        };
        page.onPageError(onError);
        page.onConsoleMessage(onConsole);
        detachers.add(() -> {
            page.offPageError(onError);
            page.offConsoleMessage(onConsole);
        });
    }

    @Override
    public void close() {
        detachers.forEach(detach -> {
            try {
                detach.run();
            } catch (RuntimeException ignored) {
                // The page may be closed already.
            }
        });
        detachers.clear();
        for (BrowserContext context : ownContexts) {
            try {
                context.close();
            } catch (RuntimeException ignored) {
                // The browser may already be gone at the end of the run.
            }
        }
        ownContexts.clear();
    }
}
