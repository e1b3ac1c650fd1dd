package de.integrationsnetz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Sizes;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import de.integrationsnetz.support.IntegrationTest;
import de.integrationsnetz.support.browser.AccessibilityCheck;
import de.integrationsnetz.support.browser.BrowserSession;
import de.integrationsnetz.support.browser.BrowserTest;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public finder on a phone with little data (docs/directory.md §5): accessible in German and Arabic, no sideways
 * scrolling, at most 150 KB on the first load, live filtering with htmx, the map only when asked for, and nothing
 * from another host.
 */
@IntegrationTest
@BrowserTest
class OfferFinderBrowserTests {

    private static final long BUDGET_BYTES = 150 * 1024;

    private static Page page(BrowserContext context) {
        Page page = context.newPage();
        // Several builds share the machine's cores: a first load may take longer than the default 10 s.
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(30_000);
        return page;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "ar"})
    void isAccessibleOnAPhoneWithoutSidewaysScrollingAndWithinTheDataBudget(String language, BrowserSession browser) {
        BrowserContext context = browser.newContext(BrowserSession.PHONE);
        browser.useLanguage(context, language);
        Page page = page(context);
        AtomicLong transferred = new AtomicLong();
        List<String> requested = new CopyOnWriteArrayList<>();
        page.onRequestFinished(request -> {
            Sizes sizes = request.sizes();
            long bytes = Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
            requested.add(URI.create(request.url()).getPath() + " " + bytes);
            transferred.addAndGet(bytes);
        });

        page.navigate("/");
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        assertThat(transferred.get()).as("bytes of the first load of / (%s): %s", language, requested)
                .isLessThanOrEqualTo(BUDGET_BYTES);
        assertThat(requested).as("the map is not part of the first load").noneMatch(url -> url.contains("leaflet"));
        AccessibilityCheck.assertNoWcagViolations(page);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no horizontal scrolling").isLessThanOrEqualTo(BrowserSession.PHONE);
        assertThat(browser.scriptErrors()).isEmpty();
        assertThat(browser.externalRequests()).isEmpty();
    }

    @Test
    void clickingAResultOpensTheOfferPageAndTheNextPageOfResultsLoadsInPlace(BrowserSession browser) {
        Page page = page(browser.newContext(BrowserSession.DESKTOP));
        page.navigate("/");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.evaluate("window.__notReloaded = true");
        String firstOnPageOne = page.locator("#finder-results h3 a").first().innerText();

        page.locator(".in-pagination a[rel=next]").click();

        page.waitForURL(Pattern.compile(".*/\\?page=2$"));
        PlaywrightAssertions.assertThat(page.locator("#finder-results h3 a").first()).not().hasText(firstOnPageOne);
        assertThat(page.evaluate("window.__notReloaded")).as("paging is live").isEqualTo(true);

        Locator offer = page.locator("#finder-results h3 a").first();
        String name = offer.innerText();
        offer.click();

        page.waitForURL(Pattern.compile(".*/offers/[0-9a-f-]{36}$"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText(name);
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void choosingADistrictLoadsItsMunicipalitiesAsAFilter(BrowserSession browser) {
        Page page = page(browser.newContext(BrowserSession.DESKTOP));
        page.navigate("/");
        assertThat(page.locator("input[name=mun]").count()).isZero();

        page.locator("#district").selectOption("14522");

        page.waitForURL(Pattern.compile(".*district=14522.*"));
        page.locator("input[name=mun]").first().waitFor();
        assertThat(page.locator("#district").inputValue()).isEqualTo("14522");
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void tickingAFilterUpdatesResultsCountsAndAddressWithoutReloadingThePage(BrowserSession browser) {
        Page page = page(browser.newContext(BrowserSession.DESKTOP));
        page.navigate("/");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.evaluate("window.__notReloaded = true");
        Locator free = page.locator("#f-free-1");
        String before = page.locator("#result-status").innerText();
        String allCount = page.locator("#c-free-1").innerText();

        free.check();

        page.waitForURL(Pattern.compile(".*/\\?free=1$"));
        PlaywrightAssertions.assertThat(page.locator("#result-status")).hasText(allCount.replaceAll("[()]", "")
                + (allCount.equals("(1)") ? " Angebot" : " Angebote"));
        assertThat(page.evaluate("window.__notReloaded")).as("no full page load").isEqualTo(true);
        assertThat(free.isChecked()).isTrue();
        assertThat(page.evaluate("document.activeElement.id")).as("focus stays on the checkbox").isEqualTo("f-free-1");
        page.locator("#finder-results h3 a").first().waitFor();

        free.uncheck();

        page.waitForURL(Pattern.compile(".*/$"));
        PlaywrightAssertions.assertThat(page.locator("#result-status")).hasText(before);
        assertThat(browser.scriptErrors()).isEmpty();
        assertThat(browser.externalRequests()).isEmpty();
    }

    @Test
    void typingSearchWordsFiltersLive(BrowserSession browser) {
        Page page = page(browser.newContext(BrowserSession.PHONE));
        page.navigate("/");
        page.waitForLoadState(LoadState.NETWORKIDLE);

        page.locator("#q").pressSequentially("Sprachcafé", new Locator.PressSequentiallyOptions().setDelay(20));

        page.waitForURL(Pattern.compile(".*/\\?q=Sprachcaf%C3%A9$"));
        PlaywrightAssertions.assertThat(page.locator("#finder-results h3 a").first())
                .containsText("Sprachcafé");
        assertThat(page.locator("#q").inputValue()).isEqualTo("Sprachcafé");
    }

    @Test
    void loadsTheMapOnlyWhenItIsShownAndDrawsTheOffersWithoutTiles(BrowserSession browser) {
        Page page = page(browser.newContext(BrowserSession.PHONE));
        List<String> requested = new CopyOnWriteArrayList<>();
        page.onRequest(request -> requested.add(URI.create(request.url()).getPath()));
        page.navigate("/");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(requested).noneMatch(path -> path.contains("leaflet") || path.contains("directory-map"));

        page.locator(".fnd-switch a", new Page.LocatorOptions().setHasText("Karte")).click();

        page.waitForURL(Pattern.compile(".*view=map.*"));
        PlaywrightAssertions.assertThat(page.locator("#finder-map .leaflet-interactive").first()).isVisible();
        assertThat(requested).anyMatch(path -> path.endsWith("/leaflet.js"))
                .anyMatch(path -> path.startsWith("/js/directory-map"))
                .anyMatch(path -> path.equals("/api/v1/offers/map"));
        assertThat(page.locator("#finder-map img.leaflet-tile").count()).isZero();
        assertThat(page.locator("[data-map-nojs]").isHidden()).isTrue();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(browser.externalRequests()).isEmpty();
        assertThat(browser.scriptErrors()).isEmpty();
    }
}
