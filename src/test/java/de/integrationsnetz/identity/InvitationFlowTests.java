package de.integrationsnetz.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.account.AccountStatus;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A county administration invites a person; the person sets a password through the e-mailed link and logs in. */
@IntegrationTest
class InvitationFlowTests {

    static final String NEW_PASSWORD = "Sieben Brücken über die Mulde";

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository accounts;

    @LocalServerPort
    int port;

    MailInbox inbox() {
        return new MailInbox(greenMail);
    }

    /** Invites through the user administration as Mittelsachsen's county administration; returns the account id. */
    String invite(String email, String name, String language) throws Exception {
        MvcResult result = mvc.perform(post("/app/users/invite").with(csrf())
                        .with(user(users.loadUserByUsername(DemoAccounts.COUNTY_ADMIN)))
                        .param("email", email).param("displayName", name).param("role", "COORDINATOR")
                        .param("language", language))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/app/users/");
        return location.substring("/app/users/".length());
    }

    @Test
    void invitedPersonSetsAPasswordThroughTheEmailedLinkAndCanLogIn() throws Exception {
        String email = TestAccounts.uniqueEmail("invitee");
        String id = invite(email, "Ilka Eingeladen", "de");
        assertThat(accounts.findById(UUID.fromString(id)).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);

        MimeMessage mail = inbox().awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Einladung zu Integrationsnetz");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@integrationsnetz.example");
        assertThat(MailInbox.part(mail, "text/plain")).contains("Hallo Ilka Eingeladen,")
                .contains("Kreisverwaltung Mittelsachsen (Demo)").contains(email);
        String path = MailInbox.linkPath(mail, "/invitation/");
        assertThat(MailInbox.part(mail, "text/html")).contains("href=\"http://localhost:8080" + path + "\"");

        Browser browser = new Browser(port);
        HttpResponse<String> form = browser.get(path);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(email).contains("Passwort festlegen");

        HttpResponse<String> saved = browser.post(path,
                Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(Browser.location(saved)).endsWith("/login?activated");
        assertThat(browser.get("/login?activated").body()).contains("Ihr Konto aktiv");

        HttpResponse<String> login = browser.logIn(email, NEW_PASSWORD);
        assertThat(Browser.location(login)).endsWith("/app");
        assertThat(browser.get("/app").body()).contains("Ilka Eingeladen");
        assertThat(accounts.findById(UUID.fromString(id)).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anInvitationLinkWorksOnlyOnce() throws Exception {
        String email = TestAccounts.uniqueEmail("once");
        invite(email, "Olli Einmal", "de");
        String path = MailInbox.linkPath(inbox().awaitMailTo(email), "/invitation/");
        Browser browser = new Browser(port);
        browser.get(path);
        assertThat(browser.post(path, Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD))
                .statusCode()).isEqualTo(302);

        HttpResponse<String> again = browser.get(path);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("bereits verwendet").doesNotContain("name=\"password\"");

        mvc.perform(post(path).with(csrf()).param("password", "Ein anderes langes Passwort")
                        .param("passwordConfirmation", "Ein anderes langes Passwort"))
                .andExpect(status().isGone());
        assertThat(Browser.location(new Browser(port).logIn(email, NEW_PASSWORD))).endsWith("/app");
    }

    @Test
    void aNewInvitationMakesTheEarlierLinkInvalid() throws Exception {
        String email = TestAccounts.uniqueEmail("resent");
        String id = invite(email, "Rita Erneut", "de");
        String first = MailInbox.linkPath(inbox().awaitMailTo(email), "/invitation/");

        mvc.perform(post("/app/users/" + id + "/resend-invitation").with(csrf())
                        .with(user(users.loadUserByUsername(DemoAccounts.COUNTY_ADMIN))))
                .andExpect(status().is3xxRedirection());
        String second = MailInbox.linkPath(inbox().awaitMailsTo(email, 2).get(1), "/invitation/");

        assertThat(second).isNotEqualTo(first);
        assertThat(new Browser(port).get(first).statusCode()).isEqualTo(404);
        assertThat(new Browser(port).get(second).statusCode()).isEqualTo(200);
    }

    @Test
    void theInvitationIsInTheInviteesLanguage() throws Exception {
        String ukrainian = TestAccounts.uniqueEmail("uk");
        invite(ukrainian, "Олена Тест", "uk");
        MimeMessage mail = inbox().awaitMailTo(ukrainian);
        assertThat(mail.getSubject()).isEqualTo("Запрошення до Integrationsnetz");
        assertThat(MailInbox.part(mail, "text/plain")).contains("Вітаємо, Олена Тест!");

        String arabic = TestAccounts.uniqueEmail("ar");
        invite(arabic, "Amal Test", "ar");
        MimeMessage arabicMail = inbox().awaitMailTo(arabic);
        assertThat(arabicMail.getSubject()).isEqualTo("دعوة إلى Integrationsnetz");
        assertThat(MailInbox.part(arabicMail, "text/html")).contains("lang=\"ar\"").contains("dir=\"rtl\"");
    }

    @Test
    void aPasswordThatBreaksTheRulesIsRefusedNextToItsFieldAndTheLinkStaysValid() throws Exception {
        String email = TestAccounts.uniqueEmail("rules");
        invite(email, "Regina Regel", "de");
        String path = MailInbox.linkPath(inbox().awaitMailTo(email), "/invitation/");
        String localPart = email.substring(0, email.indexOf('@'));

        mvc.perform(post(path).with(csrf()).param("password", "kurz").param("passwordConfirmation", "kurz"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("mindestens 12 Zeichen")))
                .andExpect(content().string(Matchers.containsString("id=\"password-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
        mvc.perform(post(path).with(csrf()).param("password", "Mein " + localPart + " Passwort")
                        .param("passwordConfirmation", "Mein " + localPart + " Passwort"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vor dem @ nicht enthalten")));
        mvc.perform(post(path).with(csrf()).param("password", NEW_PASSWORD).param("passwordConfirmation", "anders"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"passwordConfirmation-error\"")))
                .andExpect(content().string(Matchers.containsString("stimmen nicht überein")));

        mvc.perform(post(path).with(csrf()).param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void passwordErrorsAreShownInTheVisitorsLanguage() throws Exception {
        String email = TestAccounts.uniqueEmail("lang");
        invite(email, "Lang Test", "de");
        String path = MailInbox.linkPath(inbox().awaitMailTo(email), "/invitation/");

        mvc.perform(post(path).with(csrf()).cookie(new jakarta.servlet.http.Cookie("lang", "en"))
                        .param("password", "short").param("passwordConfirmation", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("at least 12 characters long")));
    }

    @Test
    void anAddressThatHasAnAccountCannotBeInvitedAgain() throws Exception {
        mvc.perform(post("/app/users/invite").with(csrf())
                        .with(user(users.loadUserByUsername(DemoAccounts.COUNTY_ADMIN)))
                        .param("email", DemoAccounts.OTHER_COORDINATOR.toUpperCase()).param("displayName", "Doppelt")
                        .param("role", "COORDINATOR").param("language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Für diese E-Mail-Adresse gibt es bereits ein Konto.")))
                .andExpect(content().string(Matchers.containsString("id=\"error-summary\"")));
    }
}
