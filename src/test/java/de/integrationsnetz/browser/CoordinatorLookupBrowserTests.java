package de.integrationsnetz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.integrationsnetz.support.IntegrationTest;
import de.integrationsnetz.support.browser.AccessibilityCheck;
import de.integrationsnetz.support.browser.BrowserSession;
import de.integrationsnetz.support.browser.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public "who is responsible?" lookup finds the coordination office of a municipality, with and without JavaScript. */
@IntegrationTest
@BrowserTest
class CoordinatorLookupBrowserTests {

    private static final String FREIBERG_RESULT = "section.who-result[data-ags='14522180']";

    @ParameterizedTest
    @ValueSource(strings = {"Freiberg", "09599"})
    void typingAMunicipalityOrPostalCodeShowsTheResponsibleOfficesContact(String query, BrowserSession browser) {
        Page page = browser.newPage(BrowserSession.PHONE);
        page.navigate("/who-is-responsible");

        page.locator("#who-q").pressSequentially(query);

        Locator result = page.locator(FREIBERG_RESULT);
        PlaywrightAssertions.assertThat(result).isVisible();
        assertOfficeContact(result);
        assertThat(page.url()).as("the search is in the address, so it can be bookmarked").contains("q=" + query);
        AccessibilityCheck.assertNoWcagViolations(page);
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Freiberg", "09599"})
    void findsTheResponsibleOfficeWithoutJavaScript(String query, BrowserSession browser) {
        BrowserContext noScript = browser.newContext(BrowserSession.DESKTOP, options -> options.setJavaScriptEnabled(false));
        Page page = noScript.newPage();
        page.navigate("/who-is-responsible");

        page.locator("#who-q").fill(query);
        page.locator("#who-q").press("Enter");

        page.waitForURL("**/who-is-responsible?q=" + query);
        assertOfficeContact(page.locator(FREIBERG_RESULT));
    }

    private static void assertOfficeContact(Locator result) {
        assertThat(result.locator("h2").innerText()).contains("Freiberg");
        assertThat(result.locator("article address").first().innerText()).as("office address").contains("Freiberg");
        assertThat(result.locator("article a[href^='tel:']").count()).as("office phone link").isPositive();
    }
}
