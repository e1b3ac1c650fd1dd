package de.integrationsnetz.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferContents;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationView;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Organisations' and locations' public texts in the translation workbench: listed with their status per language,
 * saved in the editor (directly, also by the organisation's provider), shown on the public organisation and offer
 * pages in the page language with the German fallback notice otherwise, and outdated when the German text changes.
 */
@IntegrationTest
class OrganisationTranslationTests {

    static final String TEXTS = "/app/directory/translations/organisations";
    static final String ORGANISATIONS = "/app/directory/organisations";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    LocationManagement locations;

    @Autowired
    OfferManagement offers;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    UserDetailsService userDetails;

    OfferFixtures fixtures() {
        return beans.createBean(OfferFixtures.class);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.locale(Locale.GERMAN)).andReturn().getResponse();
    }

    /** An organisation ("Ein Verein") with a location that has transportation and accessibility notes. */
    record Setup(OrganisationId organisation, LocationId location) {}

    Setup setup(OfferFixtures fixtures) {
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Übersetzte Organisation"));
        LocationId location = locations.add(organisation, fixtures.coordinator(), new LocationDetails(
                LocationType.PHYSICAL, OfferFixtures.unique("Haus am Markt"), null,
                new Address("Obermarkt 1", null, "09599", "Freiberg"), null, null, "Bus 1 bis Obermarkt",
                "Rampe am Seiteneingang", true), null);
        return new Setup(organisation, location);
    }

    String organisationPath(Setup s, String lang) {
        return ORGANISATIONS + "/" + s.organisation() + "/translations/" + lang;
    }

    String locationPath(Setup s, String lang) {
        return ORGANISATIONS + "/" + s.organisation() + "/locations/" + s.location() + "/translations/" + lang;
    }

    long organisationVersion(Setup s, CurrentUser user) {
        return organisations.get(s.organisation(), user).version();
    }

    long locationVersion(Setup s, CurrentUser user) throws Exception {
        String form = perform(get(locationPath(s, "en")).with(user(user))).getContentAsString();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(form);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    MockHttpServletResponse saveOrganisation(Setup s, String lang, long version, String text, CurrentUser user)
            throws Exception {
        return perform(post(organisationPath(s, lang)).with(csrf()).param("version", String.valueOf(version))
                .param("fields[0].field", "DESCRIPTION").param("fields[0].text", text).with(user(user)));
    }

    MockHttpServletResponse saveLocation(Setup s, String lang, long version, CurrentUser user) throws Exception {
        return perform(post(locationPath(s, lang)).with(csrf()).param("version", String.valueOf(version))
                .param("fields[0].field", "TRANSPORTATION").param("fields[0].text", "Bus 1 to Obermarkt")
                .param("fields[1].field", "ACCESSIBILITY").param("fields[1].text", "Ramp at the side entrance")
                .with(user(user)));
    }

    static MockHttpServletRequestBuilder texts(Setup s) {
        return get(TEXTS).param("q", s.organisation().toString());
    }

    String row(String list, Object id) {
        int at = list.indexOf("data-id=\"" + id + "\"");
        assertThat(at).as("the work list has a row for " + id).isPositive();
        int start = list.lastIndexOf("<tr", at);
        return list.substring(start, list.indexOf("</tr>", at));
    }

    @Test
    void listsOrganisationsAndLocationsWithTheirStatusPerLanguageAndSavesThem() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Setup s = setup(fixtures);

        String before = perform(texts(s).param("language", "en").param("status", "MISSING").with(user(coordinator)))
                .getContentAsString();
        assertThat(row(before, s.organisation())).contains("data-owner=\"ORGANISATION\"")
                .contains("data-language=\"en\" data-status=\"MISSING\"");
        assertThat(row(before, s.location())).contains("data-owner=\"LOCATION\"")
                .contains("data-language=\"en\" data-status=\"MISSING\"").contains(locationPath(s, "en"));

        MockHttpServletResponse saved = saveOrganisation(s, "en", organisationVersion(s, coordinator),
                "An association", coordinator);
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo(organisationPath(s, "en"));
        assertThat(saveLocation(s, "en", locationVersion(s, coordinator), coordinator).getStatus()).isEqualTo(302);

        String after = perform(texts(s).param("language", "en").param("status", "CURRENT").with(user(coordinator)))
                .getContentAsString();
        assertThat(row(after, s.organisation())).contains("data-language=\"en\" data-status=\"CURRENT\"")
                .contains("data-language=\"uk\" data-status=\"MISSING\"");
        assertThat(row(after, s.location())).contains("data-language=\"en\" data-status=\"CURRENT\"");
        assertThat(perform(texts(s).param("language", "en").param("status", "MISSING").with(user(coordinator)))
                .getContentAsString()).doesNotContain("data-id=\"" + s.organisation() + "\"");
        assertThat(perform(get(locationPath(s, "en")).with(user(coordinator))).getContentAsString())
                .contains("Ramp at the side entrance").contains("Rampe am Seiteneingang");
    }

    @Test
    void showsTheTranslationsOnThePublicPagesAndGermanWithTheFallbackNoticeOtherwise() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Setup s = setup(fixtures);
        saveOrganisation(s, "en", organisationVersion(s, coordinator), "An association", coordinator);
        saveLocation(s, "en", locationVersion(s, coordinator), coordinator);
        OfferContent online = OfferContents.online(OfferFixtures.unique("Treff am Markt"));
        OfferContent atTheLocation = new OfferContent(online.name(), online.description(), null, null, null, null,
                null, null, null, null, online.flags(), false, null, null, null, null, online.course(), List.of(),
                List.of("de"), List.of(), List.of(new SiteData(s.location().value(), null, null, null, null, null,
                        null)), List.of(), List.of());
        OfferId offer = fixtures.draft(s.organisation(), atTheLocation, coordinator);
        offers.publish(offer, coordinator);

        String english = perform(get("/organisations/" + s.organisation()).param("lang", "en")).getContentAsString();
        assertThat(english).contains("An association").doesNotContain("fnd-fallback");
        String arabic = perform(get("/organisations/" + s.organisation()).param("lang", "ar")).getContentAsString();
        assertThat(arabic).contains("Ein Verein").contains("fnd-fallback");

        String offerEnglish = perform(get("/offers/" + offer).param("lang", "en")).getContentAsString();
        assertThat(offerEnglish).contains("Bus 1 to Obermarkt").contains("Ramp at the side entrance")
                .doesNotContain("Rampe am Seiteneingang").doesNotContain("fnd-fallback");
        String offerArabic = perform(get("/offers/" + offer).param("lang", "ar")).getContentAsString();
        assertThat(offerArabic).contains("Rampe am Seiteneingang").contains("fnd-fallback");
    }

    @Test
    void marksATranslationOutdatedWhenTheGermanTextChanges() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Setup s = setup(fixtures);
        saveOrganisation(s, "en", organisationVersion(s, coordinator), "An association", coordinator);

        OrganisationView view = organisations.get(s.organisation(), coordinator);
        organisations.change(s.organisation(), coordinator, view.version(), new OrganisationDetails(view.name(),
                view.type(), "Ein Verein für alle Generationen", view.address(), view.phone(), view.email(),
                view.website(), view.maintainerEmail(), view.seatMunicipality(),
                java.util.Set.copyOf(view.servedMunicipalities()), view.status()), view.coordinates());

        assertThat(row(perform(texts(s).param("language", "en").param("status", "OUTDATED")
                .with(user(coordinator))).getContentAsString(), s.organisation()))
                .contains("data-language=\"en\" data-status=\"OUTDATED\"");
        assertThat(perform(get(organisationPath(s, "en")).with(user(coordinator))).getContentAsString())
                .contains("data-diff=\"DESCRIPTION\"").contains("<ins>");
        assertThat(perform(get("/organisations/" + s.organisation()).param("lang", "en")).getContentAsString())
                .contains("Ein Verein für alle Generationen").doesNotContain("An association")
                .contains("fnd-fallback");
    }

    @Test
    void letsAProviderTranslateTheirOwnOrganisationDirectlyButNoOtherOne() throws Exception {
        OfferFixtures fixtures = fixtures();
        Setup own = setup(fixtures);
        Setup other = setup(fixtures);
        CurrentUser provider = fixtures.providerOf(own.organisation());

        assertThat(saveOrganisation(own, "uk", organisationVersion(own, provider), "Обʼєднання", provider)
                .getStatus()).isEqualTo(302);
        assertThat(perform(get("/organisations/" + own.organisation()).param("lang", "uk")).getContentAsString())
                .as("an organisation's translation needs no review").contains("Обʼєднання");
        String list = perform(get(TEXTS).with(user(provider))).getContentAsString();
        assertThat(perform(get(TEXTS).param("q", other.organisation().toString()).with(user(fixtures.coordinator())))
                .getContentAsString()).as("the coordinator sees it")
                .contains("data-id=\"" + other.organisation() + "\"");
        assertThat(list).contains("data-id=\"" + own.organisation() + "\"")
                .doesNotContain("data-id=\"" + other.organisation() + "\"");

        assertThat(perform(get(organisationPath(other, "uk")).with(user(provider))).getStatus()).isEqualTo(403);
        assertThat(saveOrganisation(other, "uk", 0, "Чуже", provider).getStatus()).isEqualTo(403);
        assertThat(perform(get(locationPath(other, "uk")).with(user(provider))).getStatus()).isEqualTo(403);
        assertThat(perform(get(ORGANISATIONS + "/" + own.organisation() + "/locations/" + other.location()
                + "/translations/uk").with(user(provider))).getStatus())
                .as("a location under another organisation's id").isEqualTo(404);
    }

    @Test
    void hidesAnotherDistrictsOrganisationFromACoordinator() throws Exception {
        OfferFixtures fixtures = fixtures();
        Setup s = setup(fixtures);
        CurrentUser other = (CurrentUser) userDetails.loadUserByUsername(DemoAccounts.OTHER_COORDINATOR);

        assertThat(perform(get(organisationPath(s, "en")).with(user(other))).getStatus()).isEqualTo(404);
        assertThat(saveOrganisation(s, "en", 0, "Foreign", other).getStatus()).isEqualTo(404);
        assertThat(perform(get(locationPath(s, "en")).with(user(other))).getStatus()).isEqualTo(404);
        assertThat(perform(get(TEXTS).param("q", s.organisation().toString()).with(user(other))).getContentAsString())
                .doesNotContain("data-id=\"" + s.organisation() + "\"");
    }

    @Test
    void refusesAStaleFormWithTheConflictMessageAndKeepsTheInput() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Setup s = setup(fixtures);
        long stale = organisationVersion(s, coordinator);
        saveOrganisation(s, "en", stale, "An association", coordinator);

        MockHttpServletResponse conflict = saveOrganisation(s, "en", stale, "A club for everyone", coordinator);

        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains("von einer anderen Person geändert")
                .contains("A club for everyone");
    }
}
