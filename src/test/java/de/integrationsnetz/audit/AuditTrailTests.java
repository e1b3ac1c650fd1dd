package de.integrationsnetz.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.audit.trail.AuditChange;
import de.integrationsnetz.audit.trail.AuditEntry;
import de.integrationsnetz.audit.trail.AuditFilter;
import de.integrationsnetz.audit.trail.AuditTrail;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MockMvc mvc;

    private UserDetails admin;

    @BeforeEach
    void actAsCountyAdmin() {
        admin = userDetails.loadUserByUsername(DemoAccounts.COUNTY_ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void forgetUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsWhoCreatedAnAccountWithItsValuesButNeverThePasswordHash() {
        Account account = createAccount("Erika Audit");

        AuditEntry entry = onlyEntry(account, "CREATE");
        assertThat(entry.actor()).isEqualTo(DemoAccounts.COUNTY_ADMIN);
        assertThat(entry.district()).isEqualTo("14522");
        assertThat(entry.changes()).contains(new AuditChange("displayName", null, "Erika Audit"));
        assertThat(entry.changes()).contains(new AuditChange("passwordHash", null, "***"));
        assertThat(entry.changes().toString()).doesNotContain("{bcrypt}");
    }

    @Test
    void recordsOldAndNewValuesOfAnUpdate() {
        Account account = createAccount("Erika Alt");
        transactions.executeWithoutResult(status -> accounts.findById(account.id().value()).orElseThrow().rename("Erika Neu"));

        assertThat(onlyEntry(account, "UPDATE").changes()).containsExactly(new AuditChange("displayName", "Erika Alt", "Erika Neu"));
    }

    @Test
    void recordsChangedRolesOfAnAccount() {
        Account account = createAccount("Erika Rolle");
        transactions.executeWithoutResult(status -> accounts.findById(account.id().value()).orElseThrow()
                .replaceGrants(List.of(RoleGrant.inDistrict(Role.COORDINATOR, DemoAccounts.MITTELSACHSEN))));

        AuditChange change = onlyEntry(account, "UPDATE").changes().get(0);
        assertThat(change.field()).isEqualTo("memberships");
        assertThat(change.oldValue()).contains("role=PROVIDER");
        assertThat(change.newValue()).contains("role=COORDINATOR").doesNotContain("PROVIDER");
    }

    @Test
    void recordsADeletionWithTheLastValues() {
        Account account = createAccount("Erika Weg");
        transactions.executeWithoutResult(status -> accounts.deleteById(account.id().value()));

        assertThat(onlyEntry(account, "DELETE").changes()).contains(new AuditChange("displayName", "Erika Weg", null));
    }

    @Test
    void keepsNoEntryOfAChangeThatWasRolledBack() {
        Account account = createAccount("Erika Rückgängig");
        transactions.executeWithoutResult(status -> {
            accounts.findById(account.id().value()).orElseThrow().rename("Nie gespeichert");
            accounts.flush();
            status.setRollbackOnly();
        });

        assertThat(entries(account)).extracting(AuditEntry::action).containsExactly("CREATE");
    }

    @Test
    void refusesToChangeOrDeleteEntriesEvenThroughTheDatabase() {
        createAccount("Erika Unveränderlich");

        assertThatThrownBy(() -> jdbc.sql("update audit.audit_entries set actor = 'someone else'").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_entries").update()).hasStackTraceContaining("append-only");
    }

    @Test
    void showsTheCountyAdminTheTrailOfTheirOwnDistrictOnly() throws Exception {
        Account account = createAccount("Erika Sichtbar");
        String id = account.id().toString();

        mvc.perform(get("/app/audit").param("text", id).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Erika Sichtbar")));
        mvc.perform(get("/app/audit").param("text", id)
                        .with(user(userDetails.loadUserByUsername(DemoAccounts.OTHER_COUNTY_ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Erika Sichtbar"))));
    }

    @Test
    void filtersTheTrailByKindOfChange() throws Exception {
        Account account = createAccount("Erika Filter");
        String id = account.id().toString();

        mvc.perform(get("/app/audit").param("text", id).param("action", "DELETE").with(user(admin)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Erika Filter"))));
        mvc.perform(get("/app/audit").param("text", id).param("action", "CREATE").with(user(admin)))
                .andExpect(content().string(Matchers.containsString("Erika Filter")));
    }

    private Account createAccount(String name) {
        return transactions.execute(status -> {
            Account account = new Account("audit-" + UUID.randomUUID() + "@example.org", name,
                    List.of(new RoleGrant(Role.PROVIDER, DemoAccounts.MITTELSACHSEN, null, null)), Locale.GERMAN, false);
            account.changePassword("{bcrypt}$2a$10$abcdefghijklmnopqrstuuK1mXq8ZzQy5p7y4qf1cVZb0m3l6mH2a");
            return accounts.save(account);
        });
    }

    private List<AuditEntry> entries(Account account) {
        return trail.entries(DemoAccounts.MITTELSACHSEN,
                        new AuditFilter(account.id().toString(), "identity.Account", null, null, null), PageRequest.of(0, 50))
                .getContent();
    }

    private AuditEntry onlyEntry(Account account, String action) {
        List<AuditEntry> matching = entries(account).stream().filter(entry -> entry.action().equals(action)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
