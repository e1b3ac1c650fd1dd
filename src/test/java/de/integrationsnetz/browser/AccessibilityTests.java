package de.integrationsnetz.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import de.integrationsnetz.coordination.team.CoordinationDemo;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import de.integrationsnetz.support.browser.AccessibilityCheck;
import de.integrationsnetz.support.browser.BrowserSession;
import de.integrationsnetz.support.browser.BrowserTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core finds no WCAG 2.1 A/AA violation on any page, on a phone (390 px) and a desktop (1280 px), in German and
 * in Arabic (right to left); no page scrolls sideways, throws a script error, breaks the CSP or loads anything from
 * another host.
 */
@IntegrationTest
@BrowserTest
class AccessibilityTests {

    private static final String FREIBERG_OFFICE = CoordinationDemo.OFFICE_FREIBERG.toString();
    private static final String FREIBERG_COORDINATOR = CoordinationDemo.COORDINATOR_FREIBERG.toString();
    private static final String ORGANISATION = "/app/directory/organisations/" + DirectoryDemoIds.MS_DEMO_ORGANISATION;

    /** Every page the check visits. Add new pages here: each is checked at both widths in both languages. */
    static final List<PageUnderTest> PAGES = List.of(
            PageUnderTest.at("/"),
            PageUnderTest.at("/?view=map&free=1").showing("#finder-map .leaflet-interactive"),
            PageUnderTest.at("/offers/" + DirectoryDemoIds.MS_DEMO_OFFER),
            PageUnderTest.at("/organisations/" + DirectoryDemoIds.MS_DEMO_ORGANISATION),
            PageUnderTest.at("/about"),
            PageUnderTest.at("/accessibility"),
            PageUnderTest.at("/login"),
            PageUnderTest.at("/login?error=invalid"),
            PageUnderTest.at("/no-such-page").withStatus(404),
            PageUnderTest.at("/districts").showing(".in-map path"),
            PageUnderTest.at("/districts/14522").showing(".in-map path"),
            PageUnderTest.at("/municipalities/14522180").showing(".in-map path"),
            PageUnderTest.at("/who-is-responsible"),
            PageUnderTest.at("/who-is-responsible?q=Freiberg"),
            PageUnderTest.at("/who-is-responsible?q=Nirgendwo"),
            PageUnderTest.at("/hsds/profile"),
            PageUnderTest.at("/password/forgot"),
            PageUnderTest.at("/password/reset/no-such-token").withStatus(404),
            PageUnderTest.at("/app").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/account").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/users").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/users/invite").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/users/{account:" + DemoAccounts.COORDINATOR + "}").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/coordination").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/coordination").as(DemoAccounts.STATE_OBSERVER),
            PageUnderTest.at("/app/coordination/offices").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/coordination/offices/" + FREIBERG_OFFICE).as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/coordination/offices/" + FREIBERG_OFFICE + "/edit").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/coordination/coordinators").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/coordination/coordinators/" + FREIBERG_COORDINATOR).as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/coordination/coordinators/" + FREIBERG_COORDINATOR + "/edit")
                    .as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/directory/organisations").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at(ORGANISATION).as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at(ORGANISATION + "/edit").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at(ORGANISATION + "/delete").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at(ORGANISATION + "/contacts/new").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at(ORGANISATION + "/locations/new").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/directory/taxonomy").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/directory/taxonomy/terms/093830bb-87ad-3af7-82bb-0b64dab8ea2e")
                    .as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/directory/organisations").as(DemoAccounts.PROVIDER),
            PageUnderTest.at("/app/directory/offers").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/directory/imports/" + de.integrationsnetz.directory.imports.ImportDemoData.MS_DEMO_JOB).as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/directory/translations").as(DemoAccounts.COORDINATOR),
            PageUnderTest.at("/app/directory/translations/organisations").as(DemoAccounts.COORDINATOR),
            PageUnderTest.at(ORGANISATION + "/translations/ar").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/directory/offers/" + DirectoryDemoIds.MS_REVISION_OFFER).as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/directory/network?municipality=14522180").as(DemoAccounts.COORDINATOR)
                    .showing(".in-map path.leaflet-interactive"),
            // The unfiltered trail shows 50 entries of whatever the tests before changed (slow and not repeatable);
            // one entity type gives the same table with a handful of rows.
            PageUnderTest.at("/app/audit?type=coordination.Office").as(DemoAccounts.COUNTY_ADMIN).showing("main table"));

    static final List<Integer> WIDTHS = List.of(BrowserSession.DESKTOP, BrowserSession.PHONE);
    static final List<String> LANGUAGES = List.of("de", "ar");
    private static final Pattern ACCOUNT_PLACEHOLDER = Pattern.compile("\\{account:([^}]+)}");

    @Autowired
    AccountRepository accounts;

    static Stream<Arguments> everyPageAtEveryWidthInEveryLanguage() {
        return PAGES.stream().flatMap(page -> WIDTHS.stream().flatMap(width -> LANGUAGES.stream()
                .map(language -> Arguments.argumentSet(page + " " + width + "px " + language, page, width, language))));
    }

    @ParameterizedTest
    @MethodSource("everyPageAtEveryWidthInEveryLanguage")
    void pageHasNoWcagViolations(PageUnderTest target, int width, String language, BrowserSession browser) {
        Page page = browser.reusedPage(width, language, target.account());
        String path = resolve(target.path());

        Response response = page.navigate(path);

        assertThat(response.status()).as("HTTP status of %s", path).isEqualTo(target.status());
        assertThat(page.url()).as("no redirect").endsWith(path);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        if (target.showing() != null) {
            page.locator(target.showing()).first().waitFor();
        }
        AccessibilityCheck.assertNoWcagViolations(page);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("page width (no horizontal scrolling, WCAG 1.4.10 reflow)").isLessThanOrEqualTo(width);
        assertThat(browser.scriptErrors()).as("script errors and CSP violations").isEmpty();
        assertThat(browser.externalRequests()).as("requests to other hosts").isEmpty();
    }

    /**
     * Forms that are sent empty: the re-shown form with its error summary and field errors is checked too (one form
     * per module's error fragments, on a phone, in both languages; the empty form itself is in {@link #PAGES}).
     */
    static final List<PageUnderTest> FORMS = List.of(
            PageUnderTest.at("/app/users/invite").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/coordination/coordinators/new").as(DemoAccounts.COUNTY_ADMIN),
            PageUnderTest.at("/app/directory/organisations/new").as(DemoAccounts.COUNTY_ADMIN));

    static Stream<Arguments> everyFormInEveryLanguage() {
        return FORMS.stream().flatMap(form -> LANGUAGES.stream().map(language -> Arguments.argumentSet(
                form + " " + BrowserSession.PHONE + "px " + language, form, language)));
    }

    @ParameterizedTest
    @MethodSource("everyFormInEveryLanguage")
    void formWithValidationErrorsHasNoWcagViolations(PageUnderTest form, String language, BrowserSession browser) {
        // A rejected form changes nothing, so the long-lived page of this width, language and account will do.
        Page page = browser.reusedPage(BrowserSession.PHONE, language, form.account());
        page.navigate(resolve(form.path()));

        page.locator("main form[method=post] button[type=submit]").first().click();

        assertThat(page.locator("#error-summary").isVisible()).as("error summary after sending %s empty", form.path())
                .isTrue();
        assertThat(page.evaluate("document.activeElement.id")).as("focus on the error summary").isEqualTo("error-summary");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
        AccessibilityCheck.assertNoWcagViolations(page);
        assertThat(browser.scriptErrors()).as("script errors and CSP violations").isEmpty();
    }

    /** Replaces {@code {account:<e-mail>}} in a path by that account's id. */
    private String resolve(String path) {
        Matcher placeholder = ACCOUNT_PLACEHOLDER.matcher(path);
        return placeholder.replaceAll(match -> accounts.findByEmail(match.group(1)).orElseThrow().id().value().toString());
    }

    @Test
    void checkFindsViolationsOnABrokenPage(BrowserSession browser) {
        Page page = browser.newPage(BrowserSession.PHONE);
        page.setContent("<!DOCTYPE html><html><head><title>Broken</title></head><body><main>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input type=\"text\">"
                + "<p style=\"color:#bbb;background:#fff\">Grey on white</p></main></body></html>");

        assertThatThrownBy(() -> AccessibilityCheck.assertNoWcagViolations(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[html-has-lang]")
                .hasMessageContaining("[image-alt]")
                .hasMessageContaining("[label]")
                .hasMessageContaining("[color-contrast]")
                .hasMessageContaining("<img src=");
    }

    /** A page to check: its path, the demo account to view it as ({@code null}: anonymous), the expected status. */
    record PageUnderTest(String path, @Nullable String account, int status, @Nullable String showing) {

        static PageUnderTest at(String path) {
            return new PageUnderTest(path, null, 200, null);
        }

        PageUnderTest as(String demoAccount) {
            return new PageUnderTest(path, demoAccount, status, showing);
        }

        PageUnderTest withStatus(int expected) {
            return new PageUnderTest(path, account, expected, showing);
        }

        /** Checks only once this element is on the page (content drawn by script, or a table that must not be empty). */
        PageUnderTest showing(String selector) {
            return new PageUnderTest(path, account, status, selector);
        }

        @Override
        public String toString() {
            return path + (account == null ? "" : " as " + account.substring(0, account.indexOf('@')));
        }
    }
}
