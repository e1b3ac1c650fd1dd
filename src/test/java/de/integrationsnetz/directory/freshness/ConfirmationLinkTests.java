package de.integrationsnetz.directory.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.freshness.ConfirmationToken.Usability;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time links of §6.4 over the public pages: looking never uses a link up, "still current" works once,
 * expired, superseded and unknown links answer 410 with a page that says why, and a refused confirmation keeps the
 * link. Offers of Vogtlandkreis (14523, no demo data).
 */
@de.integrationsnetz.support.IntegrationTest
class ConfirmationLinkTests {

    static final DistrictKey VOGTLAND = DistrictKey.of("14523");
    static final Duration MONTH = Duration.ofDays(30);

    @Autowired MockMvc mvc;
    @Autowired Confirmations confirmations;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired EntityManager entityManager;
    @Autowired OrganisationManagement organisations;
    @Autowired ConfirmationLinks links;

    FreshnessFixtures fixtures;
    OrganisationRef organisation;

    @BeforeEach
    void setUp() {
        fixtures = new FreshnessFixtures(transactions, entityManager, organisations, links);
        organisation = fixtures.organisation(VOGTLAND, FreshnessFixtures.uniqueEmail("links"));
    }

    @Test
    void lookingAtALinkDoesNotUseItUpAndConfirmingWorksOnce() throws Exception {
        Instant lastConfirmed = Instant.now().minus(Duration.ofDays(160));
        OfferId offer = fixtures.published(organisation, "Sprachcafé Plauen", lastConfirmed);
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/confirm/" + token))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Sprachcafé Plauen")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Noch aktuell")));
        }
        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USABLE);
        assertThat(fixtures.offer(offer).lastConfirmedAt()).isBefore(Instant.now().minus(Duration.ofDays(100)));

        mvc.perform(post("/confirm/" + token)).andExpect(status().isForbidden());
        assertThat(confirmations.inspect(token).usability()).as("no CSRF token, nothing used").isEqualTo(Usability.USABLE);

        mvc.perform(post("/confirm/" + token).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vielen Dank")));
        assertThat(fixtures.offer(offer).lastConfirmedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));

        mvc.perform(post("/confirm/" + token).with(csrf()))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Link bereits verwendet")));
        mvc.perform(get("/confirm/" + token)).andExpect(status().isGone());
    }

    @Test
    void anExpiredLinkAnswersGoneAndChangesNothing() throws Exception {
        OfferId offer = fixtures.published(organisation, "Beratung Auerbach", Instant.now().minus(Duration.ofDays(200)));
        String token = fixtures.issue(offer, Instant.now().minus(Duration.ofDays(31)), MONTH);
        Instant before = fixtures.offer(offer).lastConfirmedAt();

        mvc.perform(get("/confirm/" + token))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Link abgelaufen")));
        mvc.perform(post("/confirm/" + token).with(csrf())).andExpect(status().isGone());
        mvc.perform(post("/confirm/" + token + "/changes").with(csrf())).andExpect(status().isGone());

        assertThat(fixtures.offer(offer).lastConfirmedAt()).isEqualTo(before);
    }

    @Test
    void aNewerLinkSupersedesTheOlderOne() throws Exception {
        OfferId offer = fixtures.published(organisation, "Kochtreff Reichenbach",
                Instant.now().minus(Duration.ofDays(160)));
        String older = fixtures.issue(offer, Instant.now().minus(Duration.ofDays(14)), MONTH);
        String newer = fixtures.issue(offer, Instant.now(), MONTH);

        mvc.perform(get("/confirm/" + older))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Neuerer Link vorhanden")));
        mvc.perform(post("/confirm/" + older).with(csrf())).andExpect(status().isGone());
        mvc.perform(get("/confirm/" + newer)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from directory.confirmation_tokens where offer_id = ? "
                + "and superseded_at is not null", Integer.class, offer.value())).isEqualTo(1);
    }

    @Test
    void anUnknownLinkAnswersGone() throws Exception {
        mvc.perform(get("/confirm/not-a-real-token-at-all-xyz"))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Link ungültig")));
        mvc.perform(get("/confirm/" + "x".repeat(300))).andExpect(status().isGone());
    }

    @Test
    void changesNeededLeadsToTheOffersFormAndKeepsTheLink() throws Exception {
        OfferId offer = fixtures.published(organisation, "Nähcafé Oelsnitz", Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        mvc.perform(post("/confirm/" + token + "/changes").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/app/directory/offers/" + offer.value() + "/edit"));

        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USABLE);
    }

    @Test
    void anOfferThatEndedCannotBeConfirmedAndTheLinkStaysUnused() throws Exception {
        OfferId offer = fixtures.published(organisation, "Kurs Markneukirchen", Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);
        fixtures.change(offer, o -> o.archive(ArchiveReason.ENDED, Actor.system(), Instant.now()));

        mvc.perform(post("/confirm/" + token).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bestätigung nicht möglich")));

        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USABLE);
    }
}
