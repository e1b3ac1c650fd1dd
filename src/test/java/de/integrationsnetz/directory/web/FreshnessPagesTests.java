package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.freshness.FreshnessIntervals;
import de.integrationsnetz.directory.freshness.FreshnessSettingsService;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The freshness settings page and the freshness section of the back-office offer page. */
@IntegrationTest
class FreshnessPagesTests {

    static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired AutowireCapableBeanFactory beans;
    @Autowired FreshnessSettingsService settings;
    @Autowired TransactionTemplate transactions;
    @Autowired EntityManager entityManager;

    @Test
    void coordinatorsReadTheSettingsAndOnlyTheCountyAdminHasASaveButton() throws Exception {
        Document asCoordinator = page("/app/directory/freshness/settings", DemoAccounts.COORDINATOR);
        assertThat(asCoordinator.select("h1").text()).isEqualTo("Aktualität der Angebote");
        assertThat(asCoordinator.select("fieldset[disabled]")).hasSize(1);
        assertThat(asCoordinator.select("button[type=submit]:contains(Speichern)")).isEmpty();
        assertThat(asCoordinator.select("input#flagAfterDays").val()).isEqualTo(
                String.valueOf(settings.intervalsOf(MITTELSACHSEN).flagAfterDays()));

        Document asAdmin = page("/app/directory/freshness/settings", DemoAccounts.COUNTY_ADMIN);
        assertThat(asAdmin.select("fieldset[disabled]")).isEmpty();
        assertThat(asAdmin.select("label[for=withdrawAfterDays]").text()).isEqualTo("Ausblenden nach");
    }

    @Test
    void invalidSettingsAreShownNextToTheirFieldsAndNothingIsStored() throws Exception {
        FreshnessIntervals before = settings.intervalsOf(MITTELSACHSEN);
        MockHttpServletResponse response = mvc.perform(post("/app/directory/freshness/settings").with(csrf())
                        .with(user(users.loadUserByUsername(DemoAccounts.COUNTY_ADMIN)))
                        .param("enabled", "true").param("firstReminderAfterDays", "200")
                        .param("reminderIntervalDays", "0").param("maxReminders", "3").param("flagAfterDays", "150")
                        .param("firstWarningBeforeWithdrawDays", "28").param("secondWarningBeforeWithdrawDays", "7")
                        .param("withdrawAfterDays", "").param("restoreWindowDays", "90")
                        .param("linkValidityDays", "abc").param("version", String.valueOf(settings.versionOf(MITTELSACHSEN))))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#reminderIntervalDays-error").text()).contains("zwischen 1 und 90");
        assertThat(page.select("#withdrawAfterDays-error").text()).isNotBlank();
        assertThat(page.select("#linkValidityDays-error").text()).isNotBlank();
        assertThat(page.select("#error-summary a[href=#reminderIntervalDays]").text())
                .startsWith("Abstand zwischen Erinnerungen");
        assertThat(settings.intervalsOf(MITTELSACHSEN)).isEqualTo(before);
    }

    @Test
    void stepsInTheWrongOrderAreRefusedOnTheFieldToCorrect() throws Exception {
        MockHttpServletResponse response = save(new FreshnessIntervals(true, 150, 14, 3, 190, 28, 30, 365, 90, 30),
                settings.versionOf(MITTELSACHSEN));

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#secondWarningBeforeWithdrawDays-error").text()).contains("näher am Ausblenden");
        assertThat(page.select("#flagAfterDays-error")).isEmpty();
    }

    @Test
    void theCountyAdminSavesTheSettingsAndAStaleFormIsAConflict() throws Exception {
        FreshnessIntervals before = settings.intervalsOf(MITTELSACHSEN);
        long version = settings.versionOf(MITTELSACHSEN);
        FreshnessIntervals changed = new FreshnessIntervals(true, 140, 10, 3, 183, 28, 7, 365, 90, 21);
        try {
            assertThat(save(changed, version).getStatus()).isEqualTo(302);
            assertThat(settings.intervalsOf(MITTELSACHSEN)).isEqualTo(changed);

            MockHttpServletResponse stale = save(FreshnessIntervals.DEFAULTS, version);
            assertThat(stale.getStatus()).isEqualTo(409);
            assertThat(settings.intervalsOf(MITTELSACHSEN)).isEqualTo(changed);
        } finally {
            settings.change(MITTELSACHSEN, before, settings.versionOf(MITTELSACHSEN));
        }
    }

    @Test
    void aCoordinatorConfirmsAnOfferThatWasWithdrawnAsStale() throws Exception {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        OfferId id = fixtures.published(fixtures.organisation(OfferFixtures.unique("Frische")),
                OfferFixtures.unique("Stale offer"));
        transactions.executeWithoutResult(tx -> entityManager.find(Offer.class, id.value())
                .withdrawAsStale(Actor.system(), Instant.now()));

        Document detail = page("/app/directory/offers/" + id.value(), DemoAccounts.COORDINATOR);
        assertThat(detail.select("#freshness h2").text()).isEqualTo("Aktualität");
        assertThat(detail.select("#freshness").text()).contains("Eine Bestätigung veröffentlicht das Angebot bis zum");
        assertThat(detail.select("#freshness button").text()).isEqualTo("Bestätigen und wieder veröffentlichen");

        String confirm = "/app/directory/freshness/offers/" + id.value() + "/confirm";
        assertThat(mvc.perform(post(confirm).with(csrf())
                        .with(user(users.loadUserByUsername(DemoAccounts.PROVIDER)))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(confirm).with(csrf())
                        .with(user(users.loadUserByUsername(DemoAccounts.COORDINATOR)))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/app/directory/offers/" + id.value());

        Offer restored = transactions.execute(tx -> entityManager.find(Offer.class, id.value()));
        assertThat(restored.status()).isEqualTo(OfferStatus.PUBLISHED);
        Document after = page("/app/directory/offers/" + id.value(), DemoAccounts.COORDINATOR);
        assertThat(after.select("#freshness").text()).contains("Erinnerung am");
        assertThat(after.select("#freshness button")).isEmpty();
    }

    private MockHttpServletResponse save(FreshnessIntervals intervals, long version) throws Exception {
        return mvc.perform(post("/app/directory/freshness/settings").with(csrf())
                        .with(user(users.loadUserByUsername(DemoAccounts.COUNTY_ADMIN)))
                        .param("enabled", String.valueOf(intervals.enabled()))
                        .param("firstReminderAfterDays", String.valueOf(intervals.firstReminderAfterDays()))
                        .param("reminderIntervalDays", String.valueOf(intervals.reminderIntervalDays()))
                        .param("maxReminders", String.valueOf(intervals.maxReminders()))
                        .param("flagAfterDays", String.valueOf(intervals.flagAfterDays()))
                        .param("firstWarningBeforeWithdrawDays",
                                String.valueOf(intervals.firstWarningBeforeWithdrawDays()))
                        .param("secondWarningBeforeWithdrawDays",
                                String.valueOf(intervals.secondWarningBeforeWithdrawDays()))
                        .param("withdrawAfterDays", String.valueOf(intervals.withdrawAfterDays()))
                        .param("restoreWindowDays", String.valueOf(intervals.restoreWindowDays()))
                        .param("linkValidityDays", String.valueOf(intervals.linkValidityDays()))
                        .param("version", String.valueOf(version)))
                .andReturn().getResponse();
    }

    private Document page(String path, String account) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername(account))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
