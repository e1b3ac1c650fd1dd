package de.integrationsnetz.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** "Forgot password": the same answer for every address, an e-mail only for an active account, a one-time link. */
@IntegrationTest
class PasswordResetTests {

    static final String NEW_PASSWORD = "Neues Passwort am Schlossteich";

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    LoginAttempts loginAttempts;

    @LocalServerPort
    int port;

    TestAccounts testAccounts() {
        return new TestAccounts(accounts, passwordEncoder);
    }

    MailInbox inbox() {
        return new MailInbox(greenMail);
    }

    String requestReset(String email) throws Exception {
        return mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
        String unknown = TestAccounts.uniqueEmail("nobody");
        Account known = testAccounts().activeCoordinator(TestAccounts.uniqueEmail("known"));

        String answerForUnknown = requestReset(unknown);
        String answerForKnown = requestReset(known.email());

        assertThat(answerForUnknown).isEqualTo(answerForKnown).isEqualTo("/password/forgot?sent");
        mvc.perform(get(answerForUnknown))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Wenn zu dieser Adresse ein aktives Konto gehört")));
        inbox().awaitMailTo(known.email());
        Thread.sleep(1000);
        assertThat(inbox().mailsTo(unknown)).isEmpty();
    }

    @Test
    void aKnownAddressGetsALinkThatSetsANewPasswordOnceAndEndsALoginLock() throws Exception {
        Account account = testAccounts().activeCoordinator(TestAccounts.uniqueEmail("forgetful"));
        for (int failure = 0; failure < 5; failure++) {
            loginAttempts.failed(account.email());
        }
        assertThat(Browser.location(new Browser(port).logIn(account.email(), TestAccounts.PASSWORD)))
                .endsWith("/login?error=locked");

        requestReset(account.email().toUpperCase());
        MimeMessage mail = inbox().awaitMailTo(account.email());
        assertThat(mail.getSubject()).isEqualTo("Neues Passwort für Integrationsnetz");
        String path = MailInbox.linkPath(mail, "/password/reset/");

        Browser browser = new Browser(port);
        assertThat(browser.get(path).body()).contains("Neues Passwort festlegen").contains(account.email());
        HttpResponse<String> saved = browser.post(path,
                Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
        assertThat(Browser.location(saved)).endsWith("/login?reset");

        assertThat(Browser.location(new Browser(port).logIn(account.email(), TestAccounts.PASSWORD)))
                .endsWith("/login?error=invalid");
        assertThat(Browser.location(new Browser(port).logIn(account.email(), NEW_PASSWORD))).endsWith("/app");

        HttpResponse<String> reused = new Browser(port).get(path);
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("bereits verwendet");
    }

    @Test
    void aDeactivatedAccountGetsNoEmail() throws Exception {
        Account account = testAccounts().activeCoordinator(TestAccounts.uniqueEmail("switched-off"));
        account.deactivate();
        accounts.save(account);
        Account control = testAccounts().activeCoordinator(TestAccounts.uniqueEmail("control"));

        assertThat(requestReset(account.email())).isEqualTo("/password/forgot?sent");
        requestReset(control.email());

        inbox().awaitMailTo(control.email());
        Thread.sleep(1000);
        assertThat(inbox().mailsTo(account.email())).isEmpty();
    }

    @Test
    void aSecondRequestRightAfterTheFirstSendsNoSecondEmail() throws Exception {
        Account account = testAccounts().activeCoordinator(TestAccounts.uniqueEmail("impatient"));

        requestReset(account.email());
        requestReset(account.email());

        inbox().awaitMailTo(account.email());
        Thread.sleep(1500);
        assertThat(inbox().mailsTo(account.email())).hasSize(1);
    }

    @Test
    void anEmptyAddressIsMarkedAtTheField() throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).param("email", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bitte geben Sie eine E-Mail-Adresse ein.")))
                .andExpect(content().string(Matchers.containsString("id=\"email-error\"")));
    }

    @Test
    void theFormNeedsACsrfToken() throws Exception {
        mvc.perform(post("/password/forgot").param("email", "someone@example.org"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/password/forgot")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void theLoginPageLinksToTheForm() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("href=\"/password/forgot\"")));
    }
}
