package de.integrationsnetz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.integrationsnetz.support.IntegrationTest;
import de.integrationsnetz.support.browser.BrowserSession;
import de.integrationsnetz.support.browser.BrowserTest;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The map of a district: drawn from our own boundaries (no tile server), usable by mouse and keyboard. */
@IntegrationTest
@BrowserTest
class DistrictMapBrowserTests {

    private static final String MITTELSACHSEN = "/districts/14522";
    private static final int MUNICIPALITIES_IN_MITTELSACHSEN = 52;
    private static final String POLYGONS = "#district-map path.leaflet-interactive";

    @Test
    void drawsEveryMunicipalityOfTheDistrictWithoutRequestingAnythingFromAnotherHost(BrowserSession browser) {
        Page page = browser.newPage(BrowserSession.DESKTOP);
        page.navigate(MITTELSACHSEN);

        PlaywrightAssertions.assertThat(page.locator(POLYGONS)).hasCount(MUNICIPALITIES_IN_MITTELSACHSEN);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        assertThat(browser.externalRequests()).as("tile servers, CDNs or any other host").isEmpty();
        assertThat(page.locator("#district-map img.leaflet-tile").count()).as("map tiles").isZero();
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void clickingAMunicipalityOnTheMapOpensItsPage(BrowserSession browser) {
        Page page = browser.newPage(BrowserSession.DESKTOP);
        page.navigate(MITTELSACHSEN);
        Locator freiberg = page.locator(POLYGONS + "[aria-label^='Freiberg']");

        freiberg.click();

        page.waitForURL("**/municipalities/14522180");
        assertThat(page.locator("h1").innerText()).contains("Freiberg");
    }

    @Test
    void aMunicipalityOnTheMapIsAKeyboardFocusableLinkThatEnterOpens(BrowserSession browser) {
        Page page = browser.newPage(BrowserSession.PHONE);
        page.navigate(MITTELSACHSEN);
        PlaywrightAssertions.assertThat(page.locator(POLYGONS)).hasCount(MUNICIPALITIES_IN_MITTELSACHSEN);

        String label = null;
        for (int stop = 0; stop < 100 && label == null; stop++) {
            page.keyboard().press("Tab");
            label = (String) page.evaluate("() => document.activeElement.matches('path.leaflet-interactive')"
                    + " ? document.activeElement.getAttribute('aria-label') : null");
        }
        assertThat(label).as("a polygon is reachable with Tab and has an accessible name").isNotBlank();
        assertThat(page.evaluate("document.activeElement.getAttribute('role')")).isEqualTo("link");
        Object focusRing = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle !== 'none' || document.activeElement.getAttribute('stroke-width') >= 3; }");
        assertThat(focusRing).as("the focused polygon is highlighted").isEqualTo(true);

        page.keyboard().press("Enter");

        page.waitForURL(Pattern.compile(".*/municipalities/\\d{8}$"));
        assertThat(URI.create(page.url()).getPath()).startsWith("/municipalities/14522");
        assertThat(page.locator("h1").innerText()).contains(label.split(",")[0]);
    }
}
