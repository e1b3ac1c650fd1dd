package de.integrationsnetz.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.offer.OfferListItem;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.OfferView;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review of offers through the back office: a provider's draft goes to review and is published by a coordinator;
 * a provider's change of a published offer waits as a pending revision while the public content stays, and a
 * coordinator takes it over or discards it.
 */
@IntegrationTest
class OfferReviewFlowTests {

    static final String BASE = "/app/directory/offers";

    @Autowired
    MockMvc mvc;

    @Autowired
    OfferManagement offers;

    @Autowired
    DirectoryQueries queries;

    @Autowired
    AutowireCapableBeanFactory beans;

    OfferFixtures fixtures() {
        return beans.createBean(OfferFixtures.class);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    Document page(String path, CurrentUser user) throws Exception {
        MockHttpServletResponse response = perform(get(path).with(user(user)));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    static MockHttpServletRequestBuilder edit(String path, String name, long version) {
        return post(path).with(csrf()).param("name", name).param("description", "Beschreibung von " + name)
                .param("online", "true").param("freeOfCharge", "true").param("languages", "de")
                .param("version", String.valueOf(version));
    }

    @Test
    void takesADraftThroughReviewToPublication() throws Exception {
        OfferFixtures fixtures = fixtures();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Kulturverein"));
        CurrentUser provider = fixtures.providerOf(organisation);
        CurrentUser coordinator = fixtures.coordinator();
        OfferId id = fixtures.draft(organisation, "Theaterworkshop", provider);
        long publishedBefore = queries.countPublishedOffers(DirectoryDemoIds.MITTELSACHSEN);

        assertThat(perform(post(BASE + "/" + id + "/submit").with(csrf()).with(user(provider))).getStatus())
                .isEqualTo(302);
        assertThat(offers.get(id, provider).status()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(offers.reviewQueue(coordinator)).extracting(OfferListItem::id).contains(id);
        assertThat(page("/app/directory/review", coordinator).select("#review-caption + thead + tbody a").eachText())
                .contains("Theaterworkshop");
        assertThat(page(BASE + "/" + id, coordinator).select("form[action$=/approve] button")).hasSize(1);

        assertThat(perform(post(BASE + "/" + id + "/approve").with(csrf()).with(user(coordinator))).getStatus())
                .isEqualTo(302);

        OfferView published = offers.get(id, provider);
        assertThat(published.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(offers.reviewQueue(coordinator)).extracting(OfferListItem::id).doesNotContain(id);
        assertThat(queries.countPublishedOffers(DirectoryDemoIds.MITTELSACHSEN)).isEqualTo(publishedBefore + 1);
        assertThat(queries.offersOf(organisation)).singleElement()
                .satisfies(summary -> assertThat(summary.published()).isTrue());
    }

    @Test
    void sendsAnOfferBackWithANoteTheProviderSees() throws Exception {
        OfferFixtures fixtures = fixtures();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Gartenfreunde"));
        CurrentUser provider = fixtures.providerOf(organisation);
        OfferId id = fixtures.draft(organisation, "Gemeinschaftsgarten", provider);
        offers.submit(id, provider);

        perform(post(BASE + "/" + id + "/reject").with(csrf()).with(user(fixtures.coordinator()))
                .param("note", "Bitte die Zeiten ergänzen."));

        assertThat(offers.get(id, provider).status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(page(BASE + "/" + id, provider).select(".kern-alert--info").text())
                .contains("Bitte die Zeiten ergänzen.");
    }

    @Test
    void keepsTheProvidersChangeOfAPublishedOfferPendingWhileThePublicContentStaysAndAppliesItWhenApproved()
            throws Exception {
        OfferFixtures fixtures = fixtures();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Fahrradwerkstatt"));
        CurrentUser provider = fixtures.providerOf(organisation);
        CurrentUser coordinator = fixtures.coordinator();
        OfferId id = fixtures.published(organisation, "Fahrradwerkstatt");
        long version = offers.get(id, provider).version();

        Document form = page(BASE + "/" + id + "/edit", provider);
        assertThat(form.select("#revision-notice")).hasSize(1);
        MockHttpServletResponse saved = perform(edit(BASE + "/" + id, "Fahrradwerkstatt am Bahnhof", version)
                .with(user(provider)));

        assertThat(saved.getStatus()).isEqualTo(302);
        OfferView pending = offers.get(id, coordinator);
        assertThat(pending.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(pending.content().name()).isEqualTo("Fahrradwerkstatt");
        assertThat(pending.pendingRevision()).isNotNull();
        assertThat(pending.pendingRevision().name()).isEqualTo("Fahrradwerkstatt am Bahnhof");
        assertThat(offers.reviewQueue(coordinator)).extracting(OfferListItem::id).contains(id);
        Document detail = page(BASE + "/" + id, coordinator);
        assertThat(detail.select("h1").text()).isEqualTo("Fahrradwerkstatt");
        assertThat(detail.select("#revision table").text()).contains("Fahrradwerkstatt", "Fahrradwerkstatt am Bahnhof");
        assertThat(page(BASE + "/" + id + "/edit", provider).select("#name").val())
                .as("the provider continues from their proposal").isEqualTo("Fahrradwerkstatt am Bahnhof");

        perform(post(BASE + "/" + id + "/revision/approve").with(csrf()).with(user(coordinator)));

        OfferView applied = offers.get(id, coordinator);
        assertThat(applied.content().name()).isEqualTo("Fahrradwerkstatt am Bahnhof");
        assertThat(applied.pendingRevision()).isNull();
        assertThat(applied.lastConfirmedAt()).isAfter(pending.lastConfirmedAt());
        assertThat(offers.reviewQueue(coordinator)).extracting(OfferListItem::id).doesNotContain(id);
    }

    @Test
    void discardsARejectedChangeAndKeepsThePublishedContent() throws Exception {
        OfferFixtures fixtures = fixtures();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Sportverein"));
        CurrentUser provider = fixtures.providerOf(organisation);
        CurrentUser coordinator = fixtures.coordinator();
        OfferId id = fixtures.published(organisation, "Fußball für alle");
        perform(edit(BASE + "/" + id, "Fußball nur für Erwachsene", offers.get(id, provider).version())
                .with(user(provider)));

        perform(post(BASE + "/" + id + "/revision/reject").with(csrf()).with(user(coordinator))
                .param("note", "Das Angebot soll offen bleiben."));

        OfferView kept = offers.get(id, provider);
        assertThat(kept.content().name()).isEqualTo("Fußball für alle");
        assertThat(kept.pendingRevision()).isNull();
        assertThat(kept.reviewNote()).isEqualTo("Das Angebot soll offen bleiben.");
    }

    @Test
    void appliesACoordinatorsEditOfAPublishedOfferRightAway() throws Exception {
        OfferFixtures fixtures = fixtures();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Chor"));
        CurrentUser coordinator = fixtures.coordinator();
        OfferId id = fixtures.published(organisation, "Offenes Singen");

        perform(edit(BASE + "/" + id, "Offenes Singen im Rathaus", offers.get(id, coordinator).version())
                .with(user(coordinator)));

        OfferView offer = offers.get(id, coordinator);
        assertThat(offer.content().name()).isEqualTo("Offenes Singen im Rathaus");
        assertThat(offer.pendingRevision()).isNull();
    }
}
