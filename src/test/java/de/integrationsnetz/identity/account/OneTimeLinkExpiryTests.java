package de.integrationsnetz.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.identity.TestAccounts;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expiry of one-time links, tested with explicit instants instead of a moved clock: a link issued in the past, and
 * the service asked about a moment in the future.
 */
@IntegrationTest
class OneTimeLinkExpiryTests {

    @Autowired
    OneTimeLinks links;

    @Autowired
    PasswordLinks passwordLinks;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IdentityProperties properties;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Account invitedAccount() {
        return accounts.save(new Account(TestAccounts.uniqueEmail("expiry"), "Ella Abgelaufen",
                List.of(RoleGrant.inDistrict(Role.INTERPRETER, DemoAccounts.MITTELSACHSEN)), Locale.GERMAN, false));
    }

    AccountToken.Issued issue(Account account, TokenPurpose purpose, Instant at) {
        return transactions.execute(status -> links.issue(account.id(), purpose, at));
    }

    @Test
    void invitationsAreValidForSevenDaysAndPasswordResetsForOneHourByDefault() {
        assertThat(properties.invitationValidity()).isEqualTo(Duration.ofDays(7));
        assertThat(properties.passwordResetValidity()).isEqualTo(Duration.ofHours(1));
        assertThat(properties.login().maxFailures()).isEqualTo(5);
    }

    @Test
    void anInvitationLinkFromEightDaysAgoShowsTheExpiredPage() throws Exception {
        Account account = invitedAccount();
        AccountToken.Issued issued = issue(account, TokenPurpose.INVITATION, Instant.now().minus(Duration.ofDays(8)));

        mvc.perform(get("/invitation/" + issued.token()))
                .andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("Dieser Link ist abgelaufen")))
                .andExpect(content().string(Matchers.containsString("neue Einladung")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"password\""))));
    }

    @Test
    void theServiceJudgesALinkAtTheInstantItIsAskedAbout() {
        Account account = invitedAccount();
        Instant issuedAt = Instant.parse("2026-03-01T09:00:00Z");
        AccountToken.Issued issued = issue(account, TokenPurpose.INVITATION, issuedAt);

        assertThat(passwordLinks.check(issued.token(), TokenPurpose.INVITATION, issuedAt.plus(Duration.ofDays(6)))
                .usability()).isEqualTo(AccountToken.Usability.USABLE);
        assertThat(passwordLinks.check(issued.token(), TokenPurpose.INVITATION, issuedAt.plus(Duration.ofDays(7)))
                .usability()).isEqualTo(AccountToken.Usability.EXPIRED);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> passwordLinks.setPassword(
                        issued.token(), TokenPurpose.INVITATION, "Ein gutes langes Passwort", "Ein gutes langes Passwort",
                        issuedAt.plus(Duration.ofDays(7)))))
                .isInstanceOfSatisfying(InvalidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountToken.Usability.EXPIRED));
        assertThat(accounts.findById(account.id().value()).orElseThrow().hasPassword()).isFalse();
    }

    @Test
    void aResetLinkExpiresAfterOneHour() throws Exception {
        Account account = invitedAccount();
        AccountToken.Issued issued = issue(account, TokenPurpose.PASSWORD_RESET,
                Instant.now().minus(Duration.ofMinutes(61)));

        mvc.perform(get("/password/reset/" + issued.token()))
                .andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("href=\"/password/forgot\"")));
    }

    @Test
    void aLinkForOnePurposeDoesNotWorkForTheOther() throws Exception {
        Account account = invitedAccount();
        AccountToken.Issued reset = issue(account, TokenPurpose.PASSWORD_RESET, Instant.now());

        mvc.perform(get("/invitation/" + reset.token())).andExpect(status().isNotFound());
        mvc.perform(get("/password/reset/" + reset.token())).andExpect(status().isOk());
    }

    @Test
    void theDatabaseHoldsOnlyTheHashOfTheToken() {
        Account account = invitedAccount();
        AccountToken.Issued issued = issue(account, TokenPurpose.INVITATION, Instant.now());

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select * from identity.account_tokens where account_id = ?", account.id().value());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("token_hash")).isEqualTo(AccountToken.hash(issued.token()));
        assertThat(rows.get(0).values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(issued.token()));
    }

    @Test
    void aNewLinkReplacesTheOlderOneOfTheSamePurposeOnly() {
        Account account = invitedAccount();
        AccountToken.Issued firstInvitation = issue(account, TokenPurpose.INVITATION, Instant.now());
        AccountToken.Issued reset = issue(account, TokenPurpose.PASSWORD_RESET, Instant.now());
        AccountToken.Issued secondInvitation = issue(account, TokenPurpose.INVITATION, Instant.now());

        assertThat(passwordLinks.check(firstInvitation.token(), TokenPurpose.INVITATION).usability())
                .isEqualTo(AccountToken.Usability.UNKNOWN);
        assertThat(passwordLinks.check(secondInvitation.token(), TokenPurpose.INVITATION).usable()).isTrue();
        assertThat(passwordLinks.check(reset.token(), TokenPurpose.PASSWORD_RESET).usable()).isTrue();
    }
}
