package de.integrationsnetz.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferContents;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferView;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A provider's translation of a published offer waits for the coordination's review: the public page keeps the
 * previous text until a coordinator of the district accepts it; a rejection leaves it and shows the provider the
 * reason. Providers of other organisations and coordinators of other districts do not get at it.
 */
@IntegrationTest
class TranslationReviewTests {

    static final String OFFERS = "/app/directory/offers";
    static final String REVIEW_LIST = "/app/directory/review";
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    OfferManagement offers;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    UserDetailsService userDetails;

    record Published(OrganisationId organisation, OfferId offer, String name, CurrentUser provider) {}

    Published published(OfferFixtures fixtures) {
        String name = OfferFixtures.unique("Elterncafé Geprüft");
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Prüfverein"));
        OfferContent content = OfferContents.withFees(OfferContents.online(name), "Kostenlos für alle Eltern.");
        OfferId offer = fixtures.draft(organisation, content, fixtures.coordinator());
        offers.publish(offer, fixtures.coordinator());
        return new Published(organisation, offer, name, fixtures.providerOf(organisation));
    }

    OfferFixtures fixtures() {
        return beans.createBean(OfferFixtures.class);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.locale(Locale.GERMAN)).andReturn().getResponse();
    }

    static MockHttpServletRequestBuilder saveEnglish(OfferId id, long version, String name) {
        return post(OFFERS + "/" + id + "/translations/en").with(csrf())
                .param("version", String.valueOf(version))
                .param("fields[0].field", "NAME").param("fields[0].text", name)
                .param("fields[1].field", "FEES").param("fields[1].text", "Free for all parents.");
    }

    long version(OfferId id, CurrentUser user) {
        return offers.get(id, user).version();
    }

    String publicEnglish(OfferId id) throws Exception {
        return perform(get("/offers/" + id).param("lang", "en")).getContentAsString();
    }

    String review(OfferId id) {
        return OFFERS + "/" + id + "/translations/en/review";
    }

    long reviewVersion(OfferId id, CurrentUser coordinator) throws Exception {
        Matcher matcher = VERSION.matcher(page(review(id), coordinator));
        assertThat(matcher.find()).as("the review page carries the proposal's version").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    MockHttpServletResponse propose(Published p, String name) throws Exception {
        return perform(saveEnglish(p.offer(), version(p.offer(), p.provider()), name).with(user(p.provider())));
    }

    String page(String path, CurrentUser viewer) throws Exception {
        return perform(get(path).with(user(viewer))).getContentAsString();
    }

    int status(String path, CurrentUser viewer) throws Exception {
        return perform(get(path).with(user(viewer))).getStatus();
    }

    /** A coordinator's decision ("accept", "reject") on the English proposal of the offer, seen at that version. */
    MockHttpServletRequestBuilder decide(OfferId id, String decision, long version) {
        return post(review(id) + "/" + decision).with(csrf()).param("version", String.valueOf(version));
    }

    @Test
    void keepsAProvidersTranslationOfAPublishedOfferPendingAndThePublicPageUnchanged() throws Exception {
        OfferFixtures fixtures = fixtures();
        Published p = published(fixtures);

        String form = page(OFFERS + "/" + p.offer() + "/translations/en", p.provider());
        assertThat(form).contains("id=\"translation-reviewed\"").contains("name=\"fields[0].text\"");

        MockHttpServletResponse saved = propose(p, "Parents’ café");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(perform(get(saved.getRedirectedUrl()).with(user(p.provider()))
                .flashAttr("flash", "directory.translations.review.sent")).getContentAsString())
                .contains("zur Prüfung an die Koordination");

        assertThat(publicEnglish(p.offer())).doesNotContain("Parents’ café").contains(p.name());
        assertThat(offers.get(p.offer(), p.provider()).translations()).isEmpty();
        String grid = page(OFFERS + "/" + p.offer() + "/translations", p.provider());
        assertThat(grid).contains("data-proposal=\"en\" data-state=\"PENDING\"").contains("data-proposed=\"true\"");
        String editor = page(OFFERS + "/" + p.offer() + "/translations/en", p.provider());
        assertThat(editor).contains("id=\"proposal-pending\"").contains("Parents’ café");
        assertThat(page(REVIEW_LIST, fixtures.coordinator()))
                .contains("data-offer=\"" + p.offer() + "\" data-language=\"en\"");
    }

    @Test
    void showsTheAcceptedTranslationOnThePublicPageAsCurrent() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Published p = published(fixtures);
        propose(p, "Parents’ café");

        String page = page(review(p.offer()), coordinator);
        assertThat(page).contains("id=\"proposal-table\"").contains("Parents’ café").contains("data-field=\"FEES\"")
                .contains(p.name());
        MockHttpServletResponse accepted = perform(decide(p.offer(), "accept", reviewVersion(p.offer(), coordinator))
                .with(user(coordinator)));

        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(accepted.getRedirectedUrl()).isEqualTo(REVIEW_LIST);
        assertThat(publicEnglish(p.offer())).contains("Parents’ café").contains("Free for all parents.");
        assertThat(offers.get(p.offer(), coordinator).translations())
                .filteredOn(info -> info.language().equals("en"))
                .hasSize(2).allMatch(info -> info.status().equals("CURRENT"));
        assertThat(page(REVIEW_LIST, coordinator))
                .doesNotContain("data-offer=\"" + p.offer() + "\"");
        assertThat(status(review(p.offer()), coordinator))
                .as("nothing waits any more").isEqualTo(404);
    }

    @Test
    void marksAnAcceptedTranslationOutdatedWhenTheGermanTextChangedMeanwhile() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Published p = published(fixtures);
        propose(p, "Parents’ café");
        OfferView before = offers.get(p.offer(), coordinator);
        offers.edit(p.offer(), coordinator, before.version(),
                OfferContents.withFees(before.content(), "Kostenlos für alle Eltern und Kinder."));

        assertThat(page(review(p.offer()), coordinator))
                .contains("seit dem Vorschlag geändert");
        perform(decide(p.offer(), "accept", reviewVersion(p.offer(), coordinator)).with(user(coordinator)));

        assertThat(offers.get(p.offer(), coordinator).translations())
                .filteredOn(info -> info.language().equals("en"))
                .anyMatch(info -> info.field().equals("FEES") && info.status().equals("OUTDATED"))
                .anyMatch(info -> info.field().equals("NAME") && info.status().equals("CURRENT"));
    }

    @Test
    void showsTheProviderTheReasonOfARejectionAndLeavesThePublicPage() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Published p = published(fixtures);
        propose(p, "Parents’ café");

        MockHttpServletResponse rejected = perform(decide(p.offer(), "reject", reviewVersion(p.offer(), coordinator))
                .param("note", "Bitte den Namen nicht übersetzen.").with(user(coordinator)));

        assertThat(rejected.getStatus()).isEqualTo(302);
        assertThat(publicEnglish(p.offer())).doesNotContain("Parents’ café");
        assertThat(offers.get(p.offer(), coordinator).translations()).isEmpty();
        String editor = page(OFFERS + "/" + p.offer() + "/translations/en", p.provider());
        assertThat(editor).contains("id=\"proposal-rejected\"").contains("Bitte den Namen nicht übersetzen.");
        assertThat(page(OFFERS + "/" + p.offer() + "/translations", p.provider())).contains("data-state=\"REJECTED\"")
                .contains("Bitte den Namen nicht übersetzen.");
        assertThat(page(REVIEW_LIST, coordinator))
                .doesNotContain("data-offer=\"" + p.offer() + "\"");

        assertThat(propose(p, "Parents café").getStatus()).as("a new proposal waits again").isEqualTo(302);
        assertThat(page(REVIEW_LIST, coordinator))
                .contains("data-offer=\"" + p.offer() + "\"");
    }

    @Test
    void refusesAReviewOfAProposalThatChangedSinceWithTheConflictMessage() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Published p = published(fixtures);
        propose(p, "Parents’ café");
        long stale = reviewVersion(p.offer(), coordinator);
        propose(p, "Café for parents");

        MockHttpServletResponse conflict = perform(decide(p.offer(), "accept", stale).with(user(coordinator)));

        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains("von einer anderen Person geändert")
                .contains("Café for parents");
        assertThat(publicEnglish(p.offer())).doesNotContain("Café for parents");
    }

    @Test
    void forbidsAProviderOfAnotherOrganisationAndTheReviewToProviders() throws Exception {
        OfferFixtures fixtures = fixtures();
        Published p = published(fixtures);
        propose(p, "Parents’ café");
        CurrentUser stranger = fixtures.providerOf(fixtures.organisation(OfferFixtures.unique("Fremder Verein")));

        assertThat(status(OFFERS + "/" + p.offer() + "/translations/en", stranger))
                .isEqualTo(403);
        assertThat(perform(saveEnglish(p.offer(), version(p.offer(), p.provider()), "Hijacked")
                .with(user(stranger))).getStatus()).isEqualTo(403);
        assertThat(status(review(p.offer()), p.provider())).isEqualTo(403);
        assertThat(perform(decide(p.offer(), "accept", 0).with(user(p.provider()))).getStatus()).isEqualTo(403);
        assertThat(publicEnglish(p.offer())).doesNotContain("Hijacked").doesNotContain("Parents’ café");
    }

    @Test
    void hidesAProposalFromACoordinatorOfAnotherDistrict() throws Exception {
        OfferFixtures fixtures = fixtures();
        Published p = published(fixtures);
        propose(p, "Parents’ café");
        CurrentUser other = (CurrentUser) userDetails.loadUserByUsername(DemoAccounts.OTHER_COORDINATOR);

        assertThat(status(review(p.offer()), other)).isEqualTo(404);
        assertThat(perform(decide(p.offer(), "accept", 0).with(user(other))).getStatus()).isEqualTo(404);
        assertThat(perform(decide(p.offer(), "reject", 0).with(user(other))).getStatus()).isEqualTo(404);
        assertThat(page(REVIEW_LIST, other))
                .doesNotContain("data-offer=\"" + p.offer() + "\"");
        assertThat(publicEnglish(p.offer())).doesNotContain("Parents’ café");
    }
}
