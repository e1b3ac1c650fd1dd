package de.integrationsnetz.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Form login over real HTTP: throttling, session fixation, CSRF, deactivated accounts. */
@IntegrationTest
class LoginSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    Account freshAccount(String prefix) {
        return new TestAccounts(accounts, passwordEncoder).activeCoordinator(TestAccounts.uniqueEmail(prefix));
    }

    String loginResult(String email, String password) throws Exception {
        return Browser.location(new Browser(port).logIn(email, password));
    }

    int failedLogins(Account account) {
        return accounts.findById(account.id().value()).orElseThrow().failedLogins();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheLockEnds() throws Exception {
        Account account = freshAccount("guessed");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(loginResult(account.email(), "wrong password " + attempt)).endsWith("/login?error=invalid");
        }

        assertThat(loginResult(account.email(), "wrong password 5")).endsWith("/login?error=locked");
        Browser browser = new Browser(port);
        assertThat(browser.get("/login?error=locked").body()).contains("Zu viele Fehlversuche");
        assertThat(loginResult(account.email(), TestAccounts.PASSWORD)).endsWith("/login?error=locked");

        // The lock ends (15 minutes later): move its end into the past instead of waiting.
        jdbc.update("update identity.accounts set locked_until = now() - interval '1 second' where id = ?",
                account.id().value());
        assertThat(loginResult(account.email(), TestAccounts.PASSWORD)).endsWith("/app");
        assertThat(failedLogins(account)).isZero();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() throws Exception {
        Account account = freshAccount("forgiven");
        for (int attempt = 1; attempt <= 4; attempt++) {
            loginResult(account.email(), "wrong password " + attempt);
        }
        assertThat(failedLogins(account)).isEqualTo(4);

        assertThat(loginResult(account.email(), TestAccounts.PASSWORD)).endsWith("/app");
        assertThat(failedLogins(account)).isZero();

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(loginResult(account.email(), "wrong again " + attempt)).endsWith("/login?error=invalid");
        }
        assertThat(loginResult(account.email(), TestAccounts.PASSWORD)).endsWith("/app");
    }

    @Test
    void anUnknownAddressGetsTheSameMessageAsAWrongPassword() throws Exception {
        assertThat(loginResult(TestAccounts.uniqueEmail("unknown"), "whatever it is")).endsWith("/login?error=invalid");
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        Account account = freshAccount("fixation");
        Browser browser = new Browser(port);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> login = browser.post("/login",
                Map.of("email", account.email(), "password", TestAccounts.PASSWORD));

        assertThat(Browser.location(login)).endsWith("/app");
        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/app").statusCode()).isEqualTo(200);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        Account account = freshAccount("csrf");
        Browser browser = new Browser(port);
        browser.logIn(account.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/app/account").statusCode()).isEqualTo(200);

        HttpResponse<String> forged = browser.postWithoutToken("/app/account/name", Map.of("displayName", "Forged"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accounts.findById(account.id().value()).orElseThrow().displayName()).isNotEqualTo("Forged");
        assertThat(new Browser(port).postWithoutToken("/login",
                Map.of("email", account.email(), "password", TestAccounts.PASSWORD)).statusCode()).isEqualTo(403);
        mvc.perform(post("/app/users/invite").with(user(users.loadUserByUsername(DemoAccounts.COUNTY_ADMIN)))
                        .param("email", "x@example.org"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDeactivatedAccountCannotLogIn() throws Exception {
        Account account = freshAccount("deactivated");
        account.deactivate();
        accounts.save(account);

        assertThat(loginResult(account.email(), TestAccounts.PASSWORD)).endsWith("/login?error=invalid");
    }

    @Test
    void aDeactivatedAccountsSessionEndsWithItsNextRequest() throws Exception {
        Account account = freshAccount("ended");
        Browser browser = new Browser(port);
        browser.logIn(account.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/app").statusCode()).isEqualTo(200);

        Account stored = accounts.findById(account.id().value()).orElseThrow();
        stored.deactivate();
        accounts.save(stored);

        HttpResponse<String> next = browser.get("/app");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(Browser.location(next)).endsWith("/login?deactivated");
        assertThat(browser.get("/login?deactivated").body()).contains("Ihre Sitzung wurde beendet");
        assertThat(Browser.location(browser.get("/app"))).endsWith("/login");
    }

    @Test
    void aWeakerHashIsReplacedWithTheCurrentDefaultAtLogin() throws Exception {
        Account account = freshAccount("rehash");
        Account stored = accounts.findById(account.id().value()).orElseThrow();
        stored.rehashPassword("{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD));
        accounts.save(stored);

        assertThat(loginResult(account.email(), TestAccounts.PASSWORD)).endsWith("/app");

        String hash = accounts.findById(account.id().value()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, hash)).isTrue();
    }

    @Test
    void theLoginPageSendsStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
