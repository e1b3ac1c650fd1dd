package de.integrationsnetz.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.account.AccountStatus;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The user administration of a county administration, limited to its own district. */
@IntegrationTest
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    UserDetails admin() {
        return users.loadUserByUsername(DemoAccounts.COUNTY_ADMIN);
    }

    UserDetails otherAdmin() {
        return users.loadUserByUsername(DemoAccounts.OTHER_COUNTY_ADMIN);
    }

    TestAccounts testAccounts() {
        return new TestAccounts(accounts, passwordEncoder);
    }

    Account fresh(String prefix) {
        return testAccounts().activeCoordinator(TestAccounts.uniqueEmail(prefix));
    }

    Account reload(Account account) {
        return testAccounts().reload(account);
    }

    @Nested
    class DistrictSeparation {

        @Test
        void anotherDistrictsAdminGets404ForAMittelsachsenAccountAndCannotDeactivateIt() throws Exception {
            Account account = fresh("protected");
            String path = "/app/users/" + account.id();

            mvc.perform(get(path).with(user(otherAdmin()))).andExpect(status().isNotFound());
            mvc.perform(post(path + "/deactivate").with(csrf()).with(user(otherAdmin())))
                    .andExpect(status().isNotFound());
            mvc.perform(post(path).with(csrf()).with(user(otherAdmin())).param("displayName", "Taken over")
                            .param("roles", "COUNTY_ADMIN").param("version", "0"))
                    .andExpect(status().isNotFound());

            Account unchanged = reload(account);
            assertThat(unchanged.status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(unchanged.displayName()).isNotEqualTo("Taken over");
            mvc.perform(get(path).with(user(admin()))).andExpect(status().isOk());
        }

        @Test
        void theListShowsOnlyAccountsOfTheAdminsDistrict() throws Exception {
            mvc.perform(get("/app/users").param("q", "@demo.integrationsnetz.de").with(user(admin())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(DemoAccounts.COORDINATOR)))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(DemoAccounts.OTHER_COORDINATOR))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(DemoAccounts.STATE_OBSERVER))));
            mvc.perform(get("/app/users").param("q", "@demo.integrationsnetz.de").with(user(otherAdmin())))
                    .andExpect(content().string(Matchers.containsString(DemoAccounts.OTHER_COORDINATOR)))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(DemoAccounts.COORDINATOR))));
        }

        @Test
        void aMalformedIdIsNotFound() throws Exception {
            mvc.perform(get("/app/users/not-a-uuid").with(user(admin()))).andExpect(status().isNotFound());
            mvc.perform(get("/app/users/" + UUID.randomUUID()).with(user(admin()))).andExpect(status().isNotFound());
        }

        @Test
        void onlyCountyAdministrationsManageUsers() throws Exception {
            mvc.perform(get("/app/users").with(user(users.loadUserByUsername(DemoAccounts.COORDINATOR))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/app/users/invite").with(user(users.loadUserByUsername(DemoAccounts.STATE_OBSERVER))))
                    .andExpect(status().isForbidden());
        }

        @Test
        void aMunicipalityOfAnotherDistrictCannotBeGranted() throws Exception {
            String email = TestAccounts.uniqueEmail("elsewhere");
            mvc.perform(post("/app/users/invite").with(csrf()).with(user(admin())).param("email", email)
                            .param("displayName", "Woanders").param("role", "MUNICIPALITY")
                            .param("municipality", "14628110").param("language", "de"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("id=\"municipality-error\"")));
            assertThat(accounts.existsByEmail(email)).isFalse();
        }
    }

    @Nested
    class ListAndSearch {

        @Test
        void findsAccountsByPartOfTheNameOrAddressAndFiltersByRoleAndStatus() throws Exception {
            String tag = "Suchtest" + UUID.randomUUID().toString().substring(0, 6);
            Account active = testAccounts()
                    .active(TestAccounts.uniqueEmail("search"), RoleGrant.inDistrict(Role.INTERPRETER,
                            DemoAccounts.MITTELSACHSEN), Locale.GERMAN);
            active.rename(tag + " Aktiv");
            accounts.save(active);
            Account invited = accounts.save(new Account(TestAccounts.uniqueEmail(tag.toLowerCase()), "Eingeladen X",
                    List.of(RoleGrant.inDistrict(Role.COORDINATOR, DemoAccounts.MITTELSACHSEN)), Locale.GERMAN,
                    false));

            mvc.perform(get("/app/users").param("q", tag.toUpperCase()).with(user(admin())))
                    .andExpect(content().string(Matchers.containsString(tag + " Aktiv")))
                    .andExpect(content().string(Matchers.containsString(invited.email())));
            mvc.perform(get("/app/users").param("q", tag).param("status", "INVITED").with(user(admin())))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(tag + " Aktiv"))))
                    .andExpect(content().string(Matchers.containsString(invited.email())));
            mvc.perform(get("/app/users").param("q", tag).param("role", "INTERPRETER").with(user(admin())))
                    .andExpect(content().string(Matchers.containsString(tag + " Aktiv")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(invited.email()))));
        }

        @Test
        void pagesAndSortsTheList() throws Exception {
            String tag = "Seitentest" + UUID.randomUUID().toString().substring(0, 6);
            for (int i = 0; i < 22; i++) {
                accounts.save(new Account(TestAccounts.uniqueEmail("page"), String.format("%s %02d", tag, i),
                        List.of(RoleGrant.inDistrict(Role.PROVIDER, DemoAccounts.MITTELSACHSEN)), Locale.GERMAN,
                        false));
            }

            String first = mvc.perform(get("/app/users").param("q", tag).with(user(admin())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(first).contains(tag + " 00").contains(tag + " 19").doesNotContain(tag + " 20")
                    .contains("aria-sort=\"ascending\"").contains("page=1");
            String second = mvc.perform(get("/app/users").param("q", tag).param("page", "1").with(user(admin())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(second).contains(tag + " 20").contains(tag + " 21").doesNotContain(tag + " 19");
            String descending = mvc.perform(get("/app/users").param("q", tag).param("sort", "name,desc")
                            .with(user(admin())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(descending.indexOf(tag + " 21")).isLessThan(descending.indexOf(tag + " 20"));
            assertThat(descending).doesNotContain(tag + " 01").contains("aria-sort=\"descending\"");
        }

        @Test
        void anHtmxRequestGetsOnlyTheResults() throws Exception {
            mvc.perform(get("/app/users").header("HX-Request", "true").with(user(admin())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("id=\"user-results\"")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        }
    }

    @Nested
    class Editing {

        @Test
        void changesNameAndRolesIncludingTheMunicipality() throws Exception {
            Account account = fresh("edited");

            mvc.perform(post("/app/users/" + account.id()).with(csrf()).with(user(admin()))
                            .param("displayName", "Neu Benannt").param("roles", "COORDINATOR", "MUNICIPALITY")
                            .param("municipality", "14522180").param("version", String.valueOf(account.version())))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("flash", "form.saved"));

            Account edited = reload(account);
            assertThat(edited.displayName()).isEqualTo("Neu Benannt");
            assertThat(edited.grants()).extracting(RoleGrant::role)
                    .containsExactlyInAnyOrder(Role.COORDINATOR, Role.MUNICIPALITY);
            assertThat(edited.grants()).extracting(RoleGrant::municipality)
                    .contains(MunicipalityKey.of("14522180"));
        }

        @Test
        void anOutdatedFormShowsTheConflictMessage() throws Exception {
            Account account = fresh("conflict");
            long loaded = account.version();
            mvc.perform(post("/app/users/" + account.id()).with(csrf()).with(user(admin()))
                    .param("displayName", "Erste Änderung").param("roles", "COORDINATOR")
                    .param("version", String.valueOf(loaded))).andExpect(status().is3xxRedirection());

            mvc.perform(post("/app/users/" + account.id()).with(csrf()).with(user(admin()))
                            .param("displayName", "Zweite Änderung").param("roles", "COORDINATOR")
                            .param("version", String.valueOf(loaded)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("inzwischen von einer anderen Person geändert")));
            assertThat(reload(account).displayName()).isEqualTo("Erste Änderung");
        }

        @Test
        void needsAtLeastOneRole() throws Exception {
            Account account = fresh("roleless");
            mvc.perform(post("/app/users/" + account.id()).with(csrf()).with(user(admin()))
                            .param("displayName", "Ohne Rolle").param("version", String.valueOf(account.version())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("mindestens eine Rolle")));
        }

        @Test
        void deactivatesAndReactivatesAnAccount() throws Exception {
            Account account = fresh("switch");
            mvc.perform(post("/app/users/" + account.id() + "/deactivate").with(csrf()).with(user(admin())))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("flash", "identity.users.deactivated"));
            assertThat(reload(account).status()).isEqualTo(AccountStatus.DEACTIVATED);
            mvc.perform(get("/app/users/" + account.id()).with(user(admin())))
                    .andExpect(content().string(Matchers.containsString("data-confirm=")))
                    .andExpect(content().string(Matchers.containsString("/reactivate")));

            mvc.perform(post("/app/users/" + account.id() + "/reactivate").with(csrf()).with(user(admin())))
                    .andExpect(status().is3xxRedirection());
            assertThat(reload(account).status()).isEqualTo(AccountStatus.ACTIVE);
        }

        @Test
        void anAdministratorCannotLockThemselvesOut() throws Exception {
            String self = DemoAccounts.idOf(DemoAccounts.COUNTY_ADMIN).toString();
            mvc.perform(post("/app/users/" + self + "/deactivate").with(csrf()).with(user(admin())))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("flashError", "identity.users.cannot-deactivate-self"));
            Account admin = accounts.findByEmail(DemoAccounts.COUNTY_ADMIN).orElseThrow();
            assertThat(admin.status()).isEqualTo(AccountStatus.ACTIVE);

            mvc.perform(post("/app/users/" + self).with(csrf()).with(user(admin()))
                            .param("displayName", admin.displayName()).param("roles", "COORDINATOR")
                            .param("version", String.valueOf(admin.version())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("nicht selbst entziehen")));
            assertThat(accounts.findByEmail(DemoAccounts.COUNTY_ADMIN).orElseThrow().grants())
                    .extracting(RoleGrant::role).containsExactly(Role.COUNTY_ADMIN);
        }

        @Test
        void theInviteFormOffersOnlyDistrictRoles() throws Exception {
            mvc.perform(get("/app/users/invite").with(user(admin())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("value=\"INTERPRETER_OFFICE\"")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"STATE_OBSERVER\""))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"OPERATOR\""))));
        }
    }
}
