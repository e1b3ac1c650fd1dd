package de.integrationsnetz.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The identity events as the event publication registry stores them. */
@IntegrationTest
class IdentityEventsTests {

    @Autowired
    EventSerializer serializer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    UserDetailsService users;

    @Test
    void eventsSurviveTheRegistrySoThatUndeliveredMailsAreSentAfterARestart() {
        InvitationIssued invitation = new InvitationIssued(AccountId.random(), "kim@example.org", "Kim",
                Locale.forLanguageTag("fa"), "https://example.org/invitation/abc", Instant.parse("2026-12-01T10:00:00Z"),
                "Admin");
        PasswordResetRequested reset = new PasswordResetRequested(AccountId.random(), "kim@example.org", "Kim",
                Locale.forLanguageTag("uk"), "https://example.org/password/reset/abc",
                Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(serializer.deserialize(serializer.serialize(invitation), InvitationIssued.class))
                .isEqualTo(invitation);
        assertThat(serializer.deserialize(serializer.serialize(reset), PasswordResetRequested.class)).isEqualTo(reset);
    }

    @Test
    void aDeliveredInvitationLeavesNoLinkInTheRegistry() throws Exception {
        String email = TestAccounts.uniqueEmail("registry");
        mvc.perform(post("/app/users/invite").with(csrf()).with(user(users.loadUserByUsername(DemoAccounts.COUNTY_ADMIN)))
                        .param("email", email).param("displayName", "Rena Register").param("role", "INTERPRETER")
                        .param("language", "de"))
                .andExpect(status().is3xxRedirection());
        new MailInbox(greenMail).awaitMailTo(email);

        long deadline = System.currentTimeMillis() + 10_000;
        Integer left;
        do {
            Thread.sleep(200);
            left = jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                    Integer.class, "%" + email + "%");
        } while (left > 0 && System.currentTimeMillis() < deadline);
        assertThat(left).isZero();
    }
}
