package de.integrationsnetz.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferContents;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferView;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The translation workbench end to end: translating an offer makes the work list show it current; changing the German
 * text makes it outdated there and the editor shows what changed; saving the translation again makes it current.
 * Access as for editing the offer, and a stale form is refused with the conflict message.
 */
@IntegrationTest
class TranslationWorkflowTests {

    static final String LIST = "/app/directory/translations";
    static final String OFFERS = "/app/directory/offers";

    @Autowired
    MockMvc mvc;

    @Autowired
    OfferManagement offers;

    @Autowired
    AutowireCapableBeanFactory beans;

    OfferFixtures fixtures() {
        return beans.createBean(OfferFixtures.class);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.locale(Locale.GERMAN)).andReturn().getResponse();
    }

    /** An offer with a name, a description and a fees note, and its organisation. */
    record Translatable(OrganisationId organisation, OfferId offer, String name) {}

    Translatable translatable(OfferFixtures fixtures) {
        String name = OfferFixtures.unique("Sprachcafé Übersetzt");
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Übersetzungsverein"));
        OfferContent content = OfferContents.withFees(OfferContents.online(name), "Kostenlos für alle Teilnehmenden.");
        return new Translatable(organisation, fixtures.draft(organisation, content, fixtures.coordinator()), name);
    }

    static MockHttpServletRequestBuilder saveEnglish(OfferId id, long version, String fees) {
        return post(OFFERS + "/" + id + "/translations/en").with(csrf())
                .param("version", String.valueOf(version))
                .param("fields[0].field", "NAME").param("fields[0].text", "Language café")
                .param("fields[1].field", "DESCRIPTION").param("fields[1].text", "A place to practise German.")
                .param("fields[2].field", "FEES").param("fields[2].text", fees);
    }

    long version(OfferId id, CurrentUser user) {
        return offers.get(id, user).version();
    }

    /** The work list filtered to the offer's name and English in the given status. */
    String workList(Translatable t, String status, CurrentUser user) throws Exception {
        return perform(get(LIST).param("q", t.name()).param("language", "en").param("status", status)
                .with(user(user))).getContentAsString();
    }

    @Test
    void showsAnOutdatedTranslationUntilItIsSavedAgainstTheNewGermanText() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Translatable t = translatable(fixtures);
        assertThat(workList(t, "MISSING", coordinator)).contains(t.offer().toString());

        MockHttpServletResponse saved = perform(saveEnglish(t.offer(), version(t.offer(), coordinator),
                "Free for all participants.").with(user(coordinator)));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo(OFFERS + "/" + t.offer() + "/translations");
        assertThat(workList(t, "CURRENT", coordinator)).contains(t.offer().toString());
        assertThat(workList(t, "OUTDATED", coordinator)).doesNotContain(t.offer().toString());

        OfferView before = offers.get(t.offer(), coordinator);
        offers.edit(t.offer(), coordinator, before.version(),
                OfferContents.withFees(before.content(), "Kostenlos für alle Teilnehmenden, Anmeldung nötig."));

        String outdated = workList(t, "OUTDATED", coordinator);
        assertThat(outdated).contains(t.offer().toString()).contains("data-status=\"OUTDATED\"");
        assertThat(workList(t, "CURRENT", coordinator)).doesNotContain(t.offer().toString());
        String grid = perform(get(OFFERS + "/" + t.offer() + "/translations").with(user(coordinator)))
                .getContentAsString();
        assertThat(grid).contains("data-field=\"FEES\"").contains("data-status=\"OUTDATED\"");
        String editor = perform(get(OFFERS + "/" + t.offer() + "/translations/en").with(user(coordinator)))
                .getContentAsString();
        assertThat(editor).contains("data-diff=\"FEES\"").contains("<del>").contains("<ins>")
                .contains("Teilnehmenden, Anmeldung nötig.").contains("lang=\"en\" dir=\"ltr\"");

        MockHttpServletResponse resaved = perform(saveEnglish(t.offer(), version(t.offer(), coordinator),
                "Free for all participants, registration required.").with(user(coordinator)));
        assertThat(resaved.getStatus()).isEqualTo(302);
        assertThat(workList(t, "CURRENT", coordinator)).contains(t.offer().toString());
        assertThat(workList(t, "OUTDATED", coordinator)).doesNotContain(t.offer().toString());
    }

    @Test
    void confirmsAnOutdatedTranslationThatStillFitsWithoutChangingIt() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Translatable t = translatable(fixtures);
        perform(saveEnglish(t.offer(), version(t.offer(), coordinator), "Free of charge.").with(user(coordinator)));
        OfferView before = offers.get(t.offer(), coordinator);
        offers.edit(t.offer(), coordinator, before.version(),
                OfferContents.withFees(before.content(), "Kostenlos für alle Teilnehmenden!"));
        long version = version(t.offer(), coordinator);

        perform(saveEnglish(t.offer(), version, "Free of charge.").with(user(coordinator)));
        assertThat(workList(t, "OUTDATED", coordinator)).contains(t.offer().toString());

        perform(saveEnglish(t.offer(), version(t.offer(), coordinator), "Free of charge.")
                .param("fields[2].stillFits", "true").with(user(coordinator)));
        assertThat(workList(t, "CURRENT", coordinator)).contains(t.offer().toString());
    }

    @Test
    void writesArabicInputsRightToLeftAndEnglishLeftToRight() throws Exception {
        CurrentUser coordinator = fixtures().coordinator();
        String base = OFFERS + "/" + DirectoryDemoIds.MS_DEMO_OFFER + "/translations/";

        assertThat(perform(get(base + "ar").with(user(coordinator))).getContentAsString())
                .contains("lang=\"ar\" dir=\"rtl\"").contains("lang=\"de\" dir=\"ltr\"");
        assertThat(perform(get(base + "fa").with(user(coordinator))).getContentAsString())
                .contains("lang=\"fa\" dir=\"rtl\"");
        assertThat(perform(get(base + "de").with(user(coordinator))).getStatus()).isEqualTo(404);
    }

    @Test
    void removesATranslationSoThatItIsMissingAgain() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Translatable t = translatable(fixtures);
        perform(saveEnglish(t.offer(), version(t.offer(), coordinator), "Free.").with(user(coordinator)));
        assertThat(workList(t, "MISSING", coordinator)).doesNotContain(t.offer().toString());

        MockHttpServletResponse removed = perform(post(OFFERS + "/" + t.offer() + "/translations/en/remove")
                .with(csrf()).param("field", "FEES").param("version", String.valueOf(version(t.offer(), coordinator)))
                .with(user(coordinator)));

        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(workList(t, "MISSING", coordinator)).contains(t.offer().toString());
        assertThat(offers.get(t.offer(), coordinator).translations())
                .noneMatch(info -> info.field().equals("FEES") && info.language().equals("en"));
    }

    @Test
    void refusesAStaleFormWithTheConflictMessageAndKeepsTheInput() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Translatable t = translatable(fixtures);
        long stale = version(t.offer(), coordinator);
        perform(saveEnglish(t.offer(), stale, "Free.").with(user(coordinator)));

        MockHttpServletResponse conflict = perform(saveEnglish(t.offer(), stale, "Costs nothing at all.")
                .with(user(coordinator)));

        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains("von einer anderen Person geändert")
                .contains("Costs nothing at all.");
        assertThat(offers.get(t.offer(), coordinator).version()).isNotEqualTo(stale);
    }

    @Test
    void rejectsEmptyingAnExistingTranslationWithAMessageNextToTheField() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Translatable t = translatable(fixtures);
        perform(saveEnglish(t.offer(), version(t.offer(), coordinator), "Free.").with(user(coordinator)));

        MockHttpServletResponse refused = perform(saveEnglish(t.offer(), version(t.offer(), coordinator), "")
                .with(user(coordinator)));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"fields[2].text-error\"").contains("href=\"#fields[2].text\"");
    }

    @Test
    void letsAProviderTranslateTheirOwnOffersOnly() throws Exception {
        OfferFixtures fixtures = fixtures();
        Translatable own = translatable(fixtures);
        Translatable other = translatable(fixtures);
        CurrentUser provider = fixtures.providerOf(own.organisation());

        String list = perform(get(LIST).with(user(provider))).getContentAsString();
        assertThat(list).contains(own.offer().toString()).doesNotContain(other.offer().toString())
                .doesNotContain(DirectoryDemoIds.MS_DEMO_OFFER.toString());
        assertThat(perform(get(OFFERS + "/" + own.offer() + "/translations/uk").with(user(provider))).getStatus())
                .isEqualTo(200);
        assertThat(perform(saveEnglish(own.offer(), version(own.offer(), provider), "Free.").with(user(provider)))
                .getStatus()).isEqualTo(302);

        assertThat(perform(get(OFFERS + "/" + other.offer() + "/translations").with(user(provider))).getStatus())
                .isEqualTo(403);
        assertThat(perform(saveEnglish(other.offer(), 0, "Free.").with(user(provider))).getStatus()).isEqualTo(403);
    }

    @Test
    void hidesAnotherDistrictsOffer() throws Exception {
        CurrentUser coordinator = fixtures().coordinator();
        String foreign = OFFERS + "/" + DirectoryDemoIds.SOE_OFFER + "/translations";

        assertThat(perform(get(foreign).with(user(coordinator))).getStatus()).isEqualTo(404);
        assertThat(perform(get(foreign + "/en").with(user(coordinator))).getStatus()).isEqualTo(404);
        assertThat(perform(get(LIST).param("q", DirectoryDemoIds.SOE_OFFER.toString()).with(user(coordinator)))
                .getContentAsString()).doesNotContain("data-offer=\"" + DirectoryDemoIds.SOE_OFFER);
    }

    @Test
    void showsTheStatusPerLanguageOnTheOfferPage() throws Exception {
        OfferFixtures fixtures = fixtures();
        CurrentUser coordinator = fixtures.coordinator();
        Translatable t = translatable(fixtures);
        perform(saveEnglish(t.offer(), version(t.offer(), coordinator), "Free.").with(user(coordinator)));

        String page = perform(get(OFFERS + "/" + t.offer()).with(user(coordinator))).getContentAsString();

        assertThat(page).contains("id=\"translation-status\"").contains("kern-icon--check")
                .contains("kern-icon--close").contains(OFFERS + "/" + t.offer() + "/translations");
    }

    @Test
    void answersTheLiveFilterWithTheResultsOnly() throws Exception {
        CurrentUser coordinator = fixtures().coordinator();

        String fragment = perform(get(LIST).param("language", "ar").param("status", "MISSING")
                .header("HX-Request", "true").with(user(coordinator))).getContentAsString();

        assertThat(fragment.strip()).startsWith("<section id=\"translation-results\"").doesNotContain("<html")
                .contains("id=\"translation-totals\"");
    }
}
