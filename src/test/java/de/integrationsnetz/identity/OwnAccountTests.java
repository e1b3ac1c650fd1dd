package de.integrationsnetz.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Every logged-in user's own account page. */
@IntegrationTest
class OwnAccountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    TestAccounts testAccounts() {
        return new TestAccounts(accounts, passwordEncoder);
    }

    Account fresh(String prefix) {
        return testAccounts().activeCoordinator(TestAccounts.uniqueEmail(prefix));
    }

    UserDetails loggedIn(Account account) {
        return users.loadUserByUsername(account.email());
    }

    Account reload(Account account) {
        return testAccounts().reload(account);
    }

    @Test
    void showsNameAddressAndRoles() throws Exception {
        mvc.perform(get("/app/account").with(user(users.loadUserByUsername(DemoAccounts.MUNICIPALITY))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(DemoAccounts.MUNICIPALITY)))
                .andExpect(content().string(Matchers.containsString("Stadtverwaltung Freiberg (Demo)")))
                .andExpect(content().string(Matchers.containsString("Gemeinde")));
    }

    @Test
    void changesTheDisplayName() throws Exception {
        Account account = fresh("renamed");

        mvc.perform(post("/app/account/name").with(csrf()).with(user(loggedIn(account)))
                        .param("displayName", "  Neuer Name  "))
                .andExpect(redirectedUrl("/app/account"));

        assertThat(reload(account).displayName()).isEqualTo("Neuer Name");
    }

    @Test
    void aBlankNameIsMarkedAtTheField() throws Exception {
        Account account = fresh("blank");
        mvc.perform(post("/app/account/name").with(csrf()).with(user(loggedIn(account))).param("displayName", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"displayName-error\"")));
    }

    @Test
    void storesTheLanguageAndSwitchesToItAtOnce() throws Exception {
        Account account = fresh("polyglot");

        mvc.perform(post("/app/account/language").with(csrf()).with(user(loggedIn(account))).param("language", "uk"))
                .andExpect(redirectedUrl("/app/account?lang=uk"));
        assertThat(reload(account).preferredLanguage()).isEqualTo(Locale.forLanguageTag("uk"));

        mvc.perform(get("/app/account?lang=uk").with(user(loggedIn(account))))
                .andExpect(cookie().value("lang", "uk"))
                .andExpect(content().string(Matchers.containsString("lang=\"uk\"")))
                .andExpect(content().string(Matchers.containsString("Мій обліковий запис")));
    }

    @Test
    void refusesALanguageThatIsNotOffered() throws Exception {
        Account account = fresh("klingon");
        mvc.perform(post("/app/account/language").with(csrf()).with(user(loggedIn(account))).param("language", "tlh"))
                .andExpect(status().isOk());
        assertThat(reload(account).preferredLanguage()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        Account account = fresh("changer");
        String newPassword = "Ein neues Passwort für mich";

        mvc.perform(post("/app/account/password").with(csrf()).with(user(loggedIn(account)))
                        .param("currentPassword", "falsch geraten").param("password", newPassword)
                        .param("passwordConfirmation", newPassword))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Das bisherige Passwort ist nicht richtig.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(newPassword))));
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, reload(account).passwordHash())).isTrue();

        mvc.perform(post("/app/account/password").with(csrf()).with(user(loggedIn(account)))
                        .param("currentPassword", TestAccounts.PASSWORD).param("password", newPassword)
                        .param("passwordConfirmation", newPassword))
                .andExpect(redirectedUrl("/app/account"));
        assertThat(passwordEncoder.matches(newPassword, reload(account).passwordHash())).isTrue();
    }

    @Test
    void aNewPasswordFollowsTheSameRules() throws Exception {
        Account account = fresh("ruled");
        mvc.perform(post("/app/account/password").with(csrf()).with(user(loggedIn(account)))
                        .param("currentPassword", TestAccounts.PASSWORD).param("password", "zu kurz")
                        .param("passwordConfirmation", "zu kurz"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("mindestens 12 Zeichen")))
                .andExpect(content().string(Matchers.containsString("id=\"error-summary\"")));
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, reload(account).passwordHash())).isTrue();
    }

    @Test
    void changedRolesTakeEffectWithoutLoggingInAgain() throws Exception {
        Account account = fresh("promoted");
        UserDetails session = loggedIn(account);
        mvc.perform(get("/app/users").with(user(session))).andExpect(status().isForbidden());

        Account stored = reload(account);
        stored.replaceGrants(java.util.List.of(RoleGrant.inDistrict(Role.COUNTY_ADMIN, DemoAccounts.MITTELSACHSEN)));
        accounts.save(stored);

        // The same (stale) session: the account's new role applies from its next request on.
        mvc.perform(get("/app/users").with(user(session))).andExpect(status().isOk());
    }
}
