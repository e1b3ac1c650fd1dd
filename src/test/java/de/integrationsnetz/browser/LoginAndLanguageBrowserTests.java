package de.integrationsnetz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import de.integrationsnetz.support.browser.BrowserSession;
import de.integrationsnetz.support.browser.BrowserTest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Logging in through the form, and the language switcher: right to left for Arabic, remembered per browser and account. */
@IntegrationTest
@BrowserTest
class LoginAndLanguageBrowserTests {

    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}{2,}");

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void logsInThroughTheFormAndLandsOnTheWorkspaceWithTheUsersName(BrowserSession browser) {
        Page page = browser.newPage(BrowserSession.DESKTOP);

        browser.logIn(page, DemoAccounts.COUNTY_ADMIN, BrowserSession.DEMO_PASSWORD);

        assertThat(path(page)).isEqualTo("/app");
        assertThat(page.locator(".in-user__name").textContent()).isEqualTo("Kreisverwaltung Mittelsachsen (Demo)");
        assertThat(page.locator("h1").textContent()).contains("Kreisverwaltung Mittelsachsen (Demo)");
        assertThat(page.locator(".in-nav__link[href='/app']").getAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void showsAFocusedErrorSummaryAfterAFailedLogin(BrowserSession browser) {
        Page page = browser.newPage(BrowserSession.PHONE);
        page.navigate("/login");
        page.locator("#email").fill("nobody-" + UUID.randomUUID() + "@example.org");
        page.locator("#password").fill("wrong password");

        page.locator("main form button[type=submit]").click();

        assertThat(path(page)).isEqualTo("/login");
        assertThat(page.locator("#error-summary").isVisible()).isTrue();
        assertThat(page.evaluate("document.activeElement.id")).as("focus on the error summary").isEqualTo("error-summary");
        assertThat(page.title()).startsWith("Fehler");
    }

    @Test
    void anonymousVisitorSwitchesToArabicAndKeepsItOnEveryPage(BrowserSession browser) {
        BrowserContext context = browser.newContext(BrowserSession.DESKTOP);
        Page page = context.newPage();
        page.navigate("/");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ltr");

        page.locator(".in-lang__link[hreflang='ar']").click();

        assertArabicRightToLeft(page);
        assertThat(context.cookies()).anySatisfy(cookie -> {
            assertThat(cookie.name).isEqualTo("lang");
            assertThat(cookie.value).isEqualTo("ar");
        });
        page.locator(".in-footer a[href='/accessibility']").click();
        assertThat(path(page)).isEqualTo("/accessibility");
        assertArabicRightToLeft(page);

        Page anotherTab = context.newPage();
        anotherTab.navigate("/about");
        assertArabicRightToLeft(anotherTab);

        anotherTab.locator(".in-lang__link[hreflang='de']").click();
        assertThat(anotherTab.locator("html").getAttribute("lang")).isEqualTo("de");
        assertThat(anotherTab.locator("html").getAttribute("dir")).isEqualTo("ltr");
    }

    @Test
    void mirrorsTheHeaderInArabic(BrowserSession browser) {
        Page page = browser.newPage(BrowserSession.DESKTOP);
        page.navigate("/");
        BoundingBox brandLtr = page.locator(".in-brand").boundingBox();
        BoundingBox languagesLtr = page.locator(".in-lang").boundingBox();
        assertThat(brandLtr.x).as("German: brand left of the languages").isLessThan(languagesLtr.x);

        page.locator(".in-lang__link[hreflang='ar']").click();

        BoundingBox brand = page.locator(".in-brand").boundingBox();
        BoundingBox languages = page.locator(".in-lang").boundingBox();
        assertThat(brand.x).as("Arabic: brand right of the languages").isGreaterThan(languages.x + languages.width - 1);
        BoundingBox firstNavLink = page.locator(".in-nav__link").first().boundingBox();
        BoundingBox lastNavLink = page.locator(".in-nav__link").last().boundingBox();
        assertThat(firstNavLink.x).as("navigation starts on the right").isGreaterThan(lastNavLink.x);
        assertThat(page.locator(".in-header").evaluate("element => getComputedStyle(element).direction")).isEqualTo("rtl");
        Locator german = page.locator(".in-lang__link[hreflang='de']");
        assertThat(german.getAttribute("lang")).as("each language names itself in its own language").isEqualTo("de");
        assertThat(german.getAttribute("dir")).isEqualTo("ltr");
        assertThat(german.textContent()).isEqualTo("Deutsch");
    }

    @Test
    void loggedInUsersLanguageIsStoredInTheAccountAndComesBackAfterTheNextLogin(BrowserSession browser) {
        String email = "browser-language-" + UUID.randomUUID() + "@test.integrationsnetz.de";
        String password = "Browser-Test-" + UUID.randomUUID();
        Account account = new Account(email, "Leyla Browsertest", List.of(
                RoleGrant.inDistrict(Role.COORDINATOR, DemoAccounts.MITTELSACHSEN)), Locale.GERMAN, false);
        account.changePassword(passwordEncoder.encode(password));
        accounts.save(account);

        Page page = browser.newPage(BrowserSession.PHONE);
        browser.logIn(page, email, password);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");

        page.locator(".in-lang__link[hreflang='ar']").click();
        assertArabicRightToLeft(page);
        page.locator(".in-nav__link[href='/']").click();
        assertThat(path(page)).isEqualTo("/");
        assertArabicRightToLeft(page);

        page.locator(".in-user__logout button").click();
        assertThat(page.locator(".in-user")).as("logged out").satisfies(user -> assertThat(user.count()).isZero());
        assertArabicRightToLeft(page);

        Page elsewhere = browser.newPage(BrowserSession.DESKTOP);
        browser.logIn(elsewhere, email, password);
        assertThat(path(elsewhere)).isEqualTo("/app");
        assertArabicRightToLeft(elsewhere);
        assertThat(accounts.findByEmail(email).orElseThrow().preferredLanguage()).isEqualTo(Locale.forLanguageTag("ar"));
    }

    private static void assertArabicRightToLeft(Page page) {
        Locator html = page.locator("html");
        assertThat(html.getAttribute("lang")).as("lang of %s", page.url()).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).as("dir of %s", page.url()).isEqualTo("rtl");
        assertThat(page.locator("body").evaluate("body => getComputedStyle(body).direction")).isEqualTo("rtl");
        assertThat(page.locator(".in-nav").innerText()).as("navigation text of %s", page.url()).containsPattern(ARABIC);
        assertThat(page.locator("h1").innerText()).as("heading of %s", page.url()).containsPattern(ARABIC);
    }

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }

    @Test
    void switchingTheLanguageAfterFilteringALiveListKeepsTheFilter(BrowserSession browser) {
        Page page = browser.newPage(BrowserSession.DESKTOP);
        page.navigate("/districts/14522");

        page.locator("#filter-q").fill("Frei");
        page.waitForURL(url -> url.contains("q=Frei"));
        page.locator(".in-lang__link[hreflang='en']").click();

        page.waitForURL(url -> url.contains("lang=en"));
        assertThat(page.url()).contains("q=Frei");
        assertThat(page.locator("#filter-q").inputValue()).isEqualTo("Frei");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    }
}
