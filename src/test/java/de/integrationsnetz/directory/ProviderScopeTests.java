package de.integrationsnetz.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.offer.OfferFilter;
import de.integrationsnetz.directory.offer.OfferListItem;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A provider works only on their own organisation's offers: their own answer 200, another organisation's of the same
 * district 403, another district's 404; and a provider never approves or publishes, not even their own offers.
 */
@IntegrationTest
class ProviderScopeTests {

    static final String BASE = "/app/directory/offers";

    @Autowired
    MockMvc mvc;

    @Autowired
    OfferManagement offers;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AutowireCapableBeanFactory beans;

    OfferFixtures fixtures() {
        return beans.createBean(OfferFixtures.class);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static MockHttpServletRequestBuilder edit(String path, String name, long version) {
        return post(path).with(csrf()).param("name", name).param("description", "Neu beschrieben.")
                .param("online", "true").param("languages", "de").param("version", String.valueOf(version));
    }

    @Test
    void letsAProviderOpenAndEditTheirOwnOffer() throws Exception {
        OfferFixtures fixtures = fixtures();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Lesecafé e. V."));
        CurrentUser provider = fixtures.providerOf(organisation);
        OfferId id = fixtures.draft(organisation, "Vorlesestunde", provider);

        assertThat(perform(get(BASE + "/" + id).with(user(provider))).getStatus()).isEqualTo(200);
        assertThat(perform(get(BASE + "/" + id + "/edit").with(user(provider))).getStatus()).isEqualTo(200);
        MockHttpServletResponse saved = perform(edit(BASE + "/" + id, "Vorlesestunde für Kinder", 0)
                .with(user(provider)));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(offers.get(id, provider).content().name()).isEqualTo("Vorlesestunde für Kinder");
    }

    @Test
    void forbidsAProviderTheOffersOfAnotherOrganisationOfTheirDistrict() throws Exception {
        String other = BASE + "/" + DirectoryDemoIds.MS_OTHER_OFFER;
        var provider = user(userDetails.loadUserByUsername(DemoAccounts.PROVIDER));

        assertThat(perform(get(other).with(provider)).getStatus()).isEqualTo(403);
        assertThat(perform(get(other + "/edit").with(provider)).getStatus()).isEqualTo(403);
        assertThat(perform(edit(other, "Übernahme", 0).with(provider)).getStatus()).isEqualTo(403);
        assertThat(perform(post(other + "/archive").with(csrf()).with(provider)).getStatus()).isEqualTo(403);
        assertThat(offers.get(DirectoryDemoIds.MS_OTHER_OFFER, fixtures().coordinator()).status())
                .isEqualTo(OfferStatus.PUBLISHED);
    }

    @Test
    void hidesTheOffersOfAnotherDistrictFromAProvider() throws Exception {
        String foreign = BASE + "/" + DirectoryDemoIds.SOE_OFFER;
        var provider = user(userDetails.loadUserByUsername(DemoAccounts.PROVIDER));

        assertThat(perform(get(foreign).with(provider)).getStatus()).isEqualTo(404);
        assertThat(perform(get(foreign + "/edit").with(provider)).getStatus()).isEqualTo(404);
        assertThat(perform(edit(foreign, "Übernahme", 0).with(provider)).getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> offers.get(DirectoryDemoIds.SOE_OFFER, fixtures().demoProvider()))
                .isInstanceOf(NotInScope.class);
    }

    @Test
    void hidesMittelsachsensOffersFromTheCoordinatorOfAnotherDistrict() throws Exception {
        var other = user(userDetails.loadUserByUsername(DemoAccounts.OTHER_COORDINATOR));

        assertThat(perform(get(BASE + "/" + DirectoryDemoIds.MS_DEMO_OFFER).with(other)).getStatus()).isEqualTo(404);
        assertThat(perform(post(BASE + "/" + DirectoryDemoIds.MS_REVIEW_OFFER + "/approve").with(csrf()).with(other))
                .getStatus()).isEqualTo(404);
    }

    @Test
    void neverLetsAProviderApproveOrPublishNotEvenTheirOwnOffers() throws Exception {
        OfferFixtures fixtures = fixtures();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Nähtreff"));
        CurrentUser provider = fixtures.providerOf(organisation);
        OfferId submitted = fixtures.draft(organisation, "Nähkurs", provider);
        OfferId draft = fixtures.draft(organisation, "Reparaturcafé", provider);

        assertThat(perform(post(BASE + "/" + submitted + "/submit").with(csrf()).with(user(provider))).getStatus())
                .isEqualTo(302);
        assertThat(perform(post(BASE + "/" + submitted + "/approve").with(csrf()).with(user(provider))).getStatus())
                .isEqualTo(403);
        assertThat(perform(post(BASE + "/" + draft + "/publish").with(csrf()).with(user(provider))).getStatus())
                .isEqualTo(403);
        assertThatThrownBy(() -> offers.approve(submitted, provider)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.publish(draft, provider)).isInstanceOf(AccessDeniedException.class);

        assertThat(offers.get(submitted, provider).status()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(offers.get(draft, provider).status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(offers.get(submitted, provider).allowedCommands()).doesNotContain("approve", "publish");
    }

    @Test
    void listsOnlyTheProvidersOwnOffers() {
        OfferFixtures fixtures = fixtures();

        var page = offers.list(fixtures.demoProvider(), OfferFilter.NONE, PageRequest.of(0, 100));

        assertThat(page.getContent()).extracting(OfferListItem::organisation)
                .containsOnly(DirectoryDemoIds.MS_DEMO_ORGANISATION);
        assertThat(page.getContent()).extracting(OfferListItem::id)
                .contains(DirectoryDemoIds.MS_DEMO_OFFER, DirectoryDemoIds.MS_DRAFT_OFFER)
                .doesNotContain(DirectoryDemoIds.MS_OTHER_OFFER, DirectoryDemoIds.SOE_OFFER);
    }

    @Test
    void letsAProviderCreateOffersOnlyForTheirOwnOrganisation() throws Exception {
        var provider = user(userDetails.loadUserByUsername(DemoAccounts.PROVIDER));

        assertThat(perform(get(BASE + "/new").with(provider)).getRedirectedUrl())
                .isEqualTo(BASE + "/new?organisation=" + DirectoryDemoIds.MS_DEMO_ORGANISATION);
        assertThat(perform(get(BASE + "/new?organisation=" + DirectoryDemoIds.MS_OTHER_ORGANISATION).with(provider))
                .getStatus()).isEqualTo(403);
        assertThat(perform(post(BASE).with(csrf()).with(provider)
                .param("organisation", DirectoryDemoIds.SOE_ORGANISATION.toString()).param("name", "Fremd")
                .param("description", "x").param("online", "true")).getStatus()).isEqualTo(404);
    }
}
