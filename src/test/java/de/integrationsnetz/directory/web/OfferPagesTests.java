package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.offer.OfferContents;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.OfferView;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The offer pages of the back office through MockMvc: list, form, detail, commands, start page and review queue. */
@IntegrationTest
class OfferPagesTests {

    static final String BASE = "/app/directory/offers";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfferManagement offers;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AutowireCapableBeanFactory beans;

    OfferFixtures fixtures() {
        return beans.createBean(OfferFixtures.class);
    }

    RequestPostProcessor as(String email) {
        return user(userDetails.loadUserByUsername(email));
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(perform(request).getContentAsString());
    }

    static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String name) {
        return request.with(csrf())
                .param("name", name)
                .param("description", "Wir treffen uns jede Woche.")
                .param("online", "true")
                .param("freeOfCharge", "true")
                .param("languages", "de", "ar");
    }

    static List<String> names(Document page) {
        return page.select("#offer-results tbody th a").eachText();
    }

    @Nested
    class List_ {

        @Test
        void findsOffersByTheirFoldedNameAndFiltersByStatusOrganisationAndCategory() throws Exception {
            OfferFixtures fixtures = fixtures();
            OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Spielmobil"));
            fixtures.published(organisation, "Spielplatz-Café Süd");
            fixtures.draft(organisation, "Spielplatz-Café Nord", fixtures.coordinator());
            String byOrganisation = BASE + "?organisation=" + organisation;

            assertThat(names(html(get(BASE).param("q", "SPIELPLATZ-cafe süd").with(as(DemoAccounts.COORDINATOR)))))
                    .containsExactly("Spielplatz-Café Süd");
            assertThat(names(html(get(byOrganisation + "&status=DRAFT").with(as(DemoAccounts.COORDINATOR)))))
                    .containsExactly("Spielplatz-Café Nord");
            // The demo district has more offers than fit on a page: narrow each filter by organisation or words.
            String demoOrganisation = "&organisation=" + DirectoryDemoIds.MS_DEMO_ORGANISATION;
            assertThat(names(html(get(BASE + "?category=spracherwerb" + demoOrganisation)
                    .with(as(DemoAccounts.COORDINATOR)))))
                    .contains("Sprachcafé in der Begegnungsstätte", "Integrationskurs A1 mit Kinderbetreuung")
                    .doesNotContain("Bewerbungstraining für Frauen");
            assertThat(names(html(get(BASE + "?category=arbeit" + demoOrganisation).with(as(DemoAccounts.COORDINATOR)))))
                    .contains("Bewerbungstraining für Frauen")
                    .doesNotContain("Sprachcafé in der Begegnungsstätte");
            assertThat(names(html(get(BASE + "?municipality=14522080&q=Sprechstunde").with(as(DemoAccounts.COORDINATOR)))))
                    .contains("Sprechstunde für Geflüchtete im Jobcenter Döbeln");
            assertThat(names(html(get(BASE + "?municipality=14522080&q=Migrationsberatung")
                    .with(as(DemoAccounts.COORDINATOR))))).contains("Migrationsberatung für Erwachsene (MBE)");
            assertThat(names(html(get(BASE + "?municipality=14522080&q=Sprachcafé").with(as(DemoAccounts.COORDINATOR)))))
                    .contains("Sprachcafé Döbeln")
                    .doesNotContain("Sprachcafé in der Begegnungsstätte");
        }

        @Test
        void sortsByNameInBothDirectionsAndPagesThroughLongLists() throws Exception {
            OfferFixtures fixtures = fixtures();
            OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Großverein"));
            for (int i = 1; i <= 27; i++) {
                fixtures.draft(organisation, "Kurs %02d".formatted(i), fixtures.coordinator());
            }
            String byOrganisation = BASE + "?organisation=" + organisation;

            Document first = html(get(byOrganisation).with(as(DemoAccounts.COORDINATOR)));
            Document second = html(get(byOrganisation + "&page=1").with(as(DemoAccounts.COORDINATOR)));
            Document descending = html(get(byOrganisation + "&sort=name&dir=desc").with(as(DemoAccounts.COORDINATOR)));

            assertThat(names(first)).hasSize(25).startsWith("Kurs 01", "Kurs 02");
            assertThat(names(second)).containsExactly("Kurs 26", "Kurs 27");
            assertThat(first.select("#offer-count").text()).contains("27");
            assertThat(first.select(".in-pagination a").eachAttr("href")).anyMatch(href -> href.contains("page=1"));
            assertThat(names(descending)).startsWith("Kurs 27", "Kurs 26");
            assertThat(descending.select("th[aria-sort=descending]").text()).contains("Name");
        }

        @Test
        void answersHtmxWithTheResultsOnly() throws Exception {
            MockHttpServletResponse response = perform(get(BASE + "?q=sprachcafe").header("HX-Request", "true")
                    .with(as(DemoAccounts.COORDINATOR)));

            assertThat(response.getContentAsString()).contains("offer-results").doesNotContain("<html");
            assertThat(Jsoup.parse(response.getContentAsString()).select("tbody th a").eachText())
                    .contains("Sprachcafé in der Begegnungsstätte");
        }

        @Test
        void explainsAnEmptyResult() throws Exception {
            Document page = html(get(BASE + "?q=gibtesnichtxyz").with(as(DemoAccounts.COORDINATOR)));

            assertThat(page.select("#offers-empty").text()).contains("Keine Angebote gefunden");
            assertThat(page.select("table")).isEmpty();
        }

        @Test
        void isTranslatedAndLinkedFromTheNavigation() throws Exception {
            Document english = html(get(BASE).cookie(new Cookie("lang", "en"))
                    .with(as(DemoAccounts.COORDINATOR)));
            Document provider = html(get("/app").with(as(DemoAccounts.PROVIDER)));
            Document municipality = html(get("/app").with(as(DemoAccounts.MUNICIPALITY)));

            assertThat(english.select("h1").text()).isEqualTo("Offers");
            assertThat(provider.select("a.in-nav__link[href=/app/directory/offers]")).hasSize(1);
            assertThat(municipality.select("a.in-nav__link[href=/app/directory/offers]")).isEmpty();
        }
    }

    @Nested
    class Form {

        @Test
        void showsValidationMessagesNextToTheFieldsAndASummary() throws Exception {
            OrganisationId organisation = fixtures().organisation(OfferFixtures.unique("Hilfe e. V."));

            Document page = html(post(BASE).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("organisation", organisation.toString()).param("name", "")
                    .param("description", "Kurs").param("placesTotal", "10").param("placesFree", "12")
                    .param("minAge", "zwölf"));

            assertThat(page.select("#name-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
            assertThat(page.select("#placesFree-error").text())
                    .isEqualTo("Es kann nicht mehr freie Plätze als Plätze insgesamt geben.");
            assertThat(page.select("#sites-error").text()).contains("Bitte wählen Sie einen Ort");
            assertThat(page.select("#minAge-error").text()).isNotBlank();
            assertThat(page.select("#error-summary a").eachAttr("href")).contains("#name", "#placesFree", "#sites");
            assertThat(page.select("#placesTotal").val()).isEqualTo("10");
            assertThat(page.select("title").text()).startsWith("Fehler");
        }

        @Test
        void createsADraftWithSitesCategoriesAndASchedule() throws Exception {
            OfferFixtures fixtures = fixtures();
            OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Familienzentrum"));
            Document form = html(get(BASE + "/new?organisation=" + organisation).with(as(DemoAccounts.COORDINATOR)));
            String location = form.select("input[name=sites]").first().val();
            String category = form.select("input[name=categories]").first().val();

            MockHttpServletResponse created = perform(post(BASE).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("organisation", organisation.toString()).param("name", "Elterncafé")
                    .param("description", "Austausch für Eltern.").param("sites", location)
                    .param("categories", category).param("languages", "de", "uk")
                    .param("courseLevel", "A2").param("placesTotal", "12").param("placesFree", "3")
                    .param("schedules[0].kind", "RECURRING").param("schedules[0].pattern", "WEEKLY")
                    .param("schedules[0].days", "WEDNESDAY").param("schedules[0].opensAt", "15:00")
                    .param("schedules[0].closesAt", "17:00").param("schedules[0].attending", "IN_PERSON"));

            assertThat(created.getStatus()).isEqualTo(302);
            OfferId id = OfferId.of(java.util.UUID.fromString(
                    created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1)));
            OfferView offer = offers.get(id, fixtures.coordinator());
            assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT);
            assertThat(offer.content().sites()).singleElement()
                    .satisfies(site -> assertThat(site.city()).isEqualTo("Freiberg"));
            assertThat(offer.content().classifications()).hasSize(1);
            assertThat(offer.content().course().placesFree()).isEqualTo(3);
            assertThat(offer.schedules()).singleElement()
                    .satisfies(schedule -> assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING));
            Document detail = html(get(created.getRedirectedUrl()).with(as(DemoAccounts.COORDINATOR)));
            assertThat(detail.select("#schedules li").text()).contains("Mittwoch", "15:00");
            assertThat(mvc.perform(post(BASE).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("organisation", organisation.toString()).param("name", "Zweites Elterncafé")
                    .param("description", "Noch eins.").param("byPhone", "true")).andReturn().getFlashMap()
                    .get("flash")).isEqualTo("directory.offer.created");
        }

        @Test
        void addsAndRemovesScheduleRowsWithoutSaving() throws Exception {
            OrganisationId organisation = fixtures().organisation(OfferFixtures.unique("Tafel"));

            Document added = html(validForm(post(BASE), "Lebensmittelausgabe").with(as(DemoAccounts.COORDINATOR))
                    .param("organisation", organisation.toString()).param("addSchedule", "1"));
            Document removed = html(validForm(post(BASE), "Lebensmittelausgabe").with(as(DemoAccounts.COORDINATOR))
                    .param("organisation", organisation.toString()).param("schedules[0].kind", "SINGLE_DATE")
                    .param("schedules[1].kind", "RECURRING").param("removeSchedule", "0"));

            assertThat(added.select("fieldset[id^=schedule-]")).hasSize(1);
            assertThat(added.select("#name").val()).isEqualTo("Lebensmittelausgabe");
            assertThat(added.select("#error-summary")).isEmpty();
            assertThat(removed.select("fieldset[id^=schedule-]")).hasSize(1);
            assertThat(removed.select("select[name='schedules[0].kind'] option[selected]").val()).isEqualTo("RECURRING");
            assertThat(offers.list(fixtures().coordinator(),
                    new de.integrationsnetz.directory.offer.OfferFilter(null, null, null, organisation, null),
                    org.springframework.data.domain.PageRequest.of(0, 5)).getTotalElements()).isZero();
        }

        @Test
        void showsAConflictWhenSomeoneElseSavedInTheMeantime() throws Exception {
            OfferFixtures fixtures = fixtures();
            OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Werkstatt"));
            OfferId id = fixtures.draft(organisation, "Holzwerkstatt", fixtures.coordinator());
            String version = html(get(BASE + "/" + id + "/edit").with(as(DemoAccounts.COORDINATOR)))
                    .select("input[name=version]").val();
            offers.edit(id, fixtures.coordinator(), Long.parseLong(version),
                    OfferContents.renamed(OfferContents.online("x"), "Von jemand anderem geändert"));

            MockHttpServletResponse conflict = perform(validForm(post(BASE + "/" + id), "Holzwerkstatt für alle")
                    .param("version", version).with(as(DemoAccounts.COORDINATOR)));

            assertThat(conflict.getStatus()).isEqualTo(409);
            assertThat(Jsoup.parse(conflict.getContentAsString()).select("#error-summary").text())
                    .contains("Dieser Eintrag wurde inzwischen von einer anderen Person geändert");
            assertThat(offers.get(id, fixtures.coordinator()).content().name()).isEqualTo("Von jemand anderem geändert");
        }

        @Test
        void fixesAProvidersOfferToTheirOwnOrganisation() throws Exception {
            Document form = html(get(BASE + "/new").with(as(DemoAccounts.PROVIDER)));
            Document chosen = html(get(BASE + "/new?organisation=" + DirectoryDemoIds.MS_DEMO_ORGANISATION)
                    .with(as(DemoAccounts.PROVIDER)));

            assertThat(form.select("select[name=organisation]")).isEmpty();
            assertThat(chosen.select("input[type=hidden][name=organisation]").val())
                    .isEqualTo(DirectoryDemoIds.MS_DEMO_ORGANISATION.toString());
            List<String> ownLocations = jdbc.sql("select id::text from directory.locations where organisation_id = :id")
                    .param("id", DirectoryDemoIds.MS_DEMO_ORGANISATION.value()).query(String.class).list();
            assertThat(chosen.select("input[name=sites]").eachAttr("value"))
                    .contains(DirectoryDemoIds.MS_DEMO_LOCATION.toString())
                    .containsExactlyInAnyOrderElementsOf(ownLocations);
        }

        @Test
        void letsACoordinatorChooseTheOrganisationFirst() throws Exception {
            Document chooser = html(get(BASE + "/new").with(as(DemoAccounts.COORDINATOR)));

            assertThat(chooser.select("select[name=organisation] option").eachText())
                    .contains("Integrationsverein Freiberg e. V. (Demo)", "Agentur für Arbeit Freiberg (Demo)")
                    .doesNotContain("Jobcenter Sächsische Schweiz-Osterzgebirge – Pirna (Demo)");
        }
    }

    @Nested
    class Commands {

        @Test
        void answersAForbiddenTransitionWith409AndAnExplanation() throws Exception {
            OfferFixtures fixtures = fixtures();
            OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Schachclub"));
            OfferId id = fixtures.draft(organisation, "Schach für alle", fixtures.coordinator());

            MockHttpServletResponse refused = perform(post(BASE + "/" + id + "/approve").with(csrf())
                    .with(as(DemoAccounts.COORDINATOR)));

            assertThat(refused.getStatus()).isEqualTo(409);
            assertThat(Jsoup.parse(refused.getContentAsString()).select("#transition-message").text())
                    .isEqualTo("„Freigeben und veröffentlichen“ ist im Status „Entwurf“ nicht möglich.");
            assertThat(offers.get(id, fixtures.coordinator()).status()).isEqualTo(OfferStatus.DRAFT);
        }

        @Test
        void showsOnlyTheButtonsTheUserMayUse() throws Exception {
            Document provider = html(get(BASE + "/" + DirectoryDemoIds.MS_REVIEW_OFFER).with(as(DemoAccounts.PROVIDER)));
            Document coordinator = html(get(BASE + "/" + DirectoryDemoIds.MS_REVIEW_OFFER)
                    .with(as(DemoAccounts.COORDINATOR)));

            assertThat(provider.select("#actions form").eachAttr("action")).noneMatch(a -> a.endsWith("/approve"));
            assertThat(coordinator.select("#actions form").eachAttr("action"))
                    .anyMatch(a -> a.endsWith("/approve")).anyMatch(a -> a.endsWith("/reject"));
        }

        @Test
        void deletesADraftAfterConfirmationButNoPublishedOffer() throws Exception {
            OfferFixtures fixtures = fixtures();
            OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Kleiderkammer"));
            OfferId draft = fixtures.draft(organisation, "Kleiderausgabe", fixtures.coordinator());
            OfferId published = fixtures.published(organisation, "Kleidertausch");

            Document detail = html(get(BASE + "/" + draft).with(as(DemoAccounts.COORDINATOR)));
            assertThat(detail.select("form[action$=/delete] button").attr("data-confirm")).contains("Kleiderausgabe");
            assertThat(html(get(BASE + "/" + published).with(as(DemoAccounts.COORDINATOR)))
                    .select("form[action$=/delete]")).isEmpty();

            assertThat(perform(post(BASE + "/" + draft + "/delete").with(csrf()).with(as(DemoAccounts.COORDINATOR)))
                    .getRedirectedUrl()).isEqualTo(BASE);
            assertThat(offers.exists(draft)).isFalse();
            assertThat(perform(post(BASE + "/" + published + "/delete").with(csrf())
                    .with(as(DemoAccounts.COORDINATOR))).getStatus()).isEqualTo(409);
            assertThat(offers.exists(published)).isTrue();
        }

        @Test
        void archivesAndReopensAnOffer() throws Exception {
            OfferFixtures fixtures = fixtures();
            OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Laufgruppe"));
            OfferId id = fixtures.published(organisation, "Lauftreff");

            perform(post(BASE + "/" + id + "/archive").with(csrf()).param("reason", "TEMPORARILY_CLOSED")
                    .with(as(DemoAccounts.COORDINATOR)));
            Document archived = html(get(BASE + "/" + id).with(as(DemoAccounts.COORDINATOR)));
            perform(post(BASE + "/" + id + "/reopen").with(csrf()).with(as(DemoAccounts.COORDINATOR)));

            assertThat(archived.select(".kern-badge").text()).contains("archiviert", "vorübergehend geschlossen");
            assertThat(offers.get(id, fixtures.coordinator()).status()).isEqualTo(OfferStatus.DRAFT);
        }

        @Test
        void blocksDeletingAnOrganisationThatHasOffers() {
            OfferFixtures fixtures = fixtures();
            OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Blockiert"));
            fixtures.draft(organisation, "Angebot", fixtures.coordinator());

            assertThat(organisations.removalCheck(organisation, fixtures.coordinator()).blockers())
                    .anySatisfy(blocker -> assertThat(blocker.messageKey())
                            .isEqualTo("directory.organisation.delete.blocker.offers"));
        }
    }

    @Nested
    class StartAndReview {

        @Test
        void countsTheOffersOfTheUsersScopeAndLinksToTheLists() throws Exception {
            Document coordinator = html(get("/app/directory").with(as(DemoAccounts.COORDINATOR)));
            Document provider = html(get("/app/directory").with(as(DemoAccounts.PROVIDER)));

            assertThat(coordinator.select(".in-kpi").text()).contains("Angebote veröffentlicht");
            assertThat(coordinator.select("a[href=/app/directory/review]")).hasSize(1);
            assertThat(provider.select("a[href=/app/directory/review]")).isEmpty();
            assertThat(provider.select("a[href=/app/directory/offers]")).isNotEmpty();
            assertThat(coordinator.select("main a[href=/app/directory/exports/hsds.zip]")).hasSize(1);
            assertThat(provider.select("main a[href=/app/directory/exports/hsds.zip]")).isEmpty();
            assertThat(provider.select("main a[href=/app/directory/translations]")).hasSize(1);
            assertThat(provider.select("main a[href=/app/directory/imports]")).hasSize(1);
            assertThat(provider.select("footer a[href=/hsds/profile]").text()).isEqualTo("Offene Daten (HSDS)");

            Document providersList = html(get("/app/directory/offers").with(as(DemoAccounts.PROVIDER)));
            Document queue = html(get("/app/directory/review").with(as(DemoAccounts.COORDINATOR)));
            assertThat(provider.select("section[aria-labelledby=links-heading] a[href=/app/directory/offers]").text())
                    .isEqualTo("Alle Angebote (" + providersList.getElementById("offer-count").text()
                            .replace("Gefundene Angebote: ", "") + ")");
            assertThat(coordinator.select("section[aria-labelledby=links-heading] a[href=/app/directory/review]").text())
                    .as("offers only: translations waiting have a table of their own")
                    .isEqualTo("Prüfung: " + queue.select("table:has(#review-caption) tbody th a").size() + " warten");
        }

        @Test
        void listsWhatWaitsForReviewTheLongestWaitingFirst() throws Exception {
            Document queue = html(get("/app/directory/review").with(as(DemoAccounts.COORDINATOR)));
            Document other = html(get("/app/directory/review").with(as(DemoAccounts.OTHER_COORDINATOR)));

            List<String> names = queue.select("tbody th a").eachText();
            assertThat(names).contains("Integrationskurs A1 mit Kinderbetreuung",
                    "Online-Sprechstunde: Fragen zu Aufenthalt und Arbeit");
            assertThat(names.indexOf("Integrationskurs A1 mit Kinderbetreuung"))
                    .isLessThan(names.indexOf("Online-Sprechstunde: Fragen zu Aufenthalt und Arbeit"));
            assertThat(other.select("tbody th a").eachText()).doesNotContain("Integrationskurs A1 mit Kinderbetreuung");
        }

        @Test
        void linksTheOffersFromTheOrganisationPage() throws Exception {
            Document organisation = html(get("/app/directory/organisations/" + DirectoryDemoIds.MS_DEMO_ORGANISATION)
                    .with(as(DemoAccounts.PROVIDER)));

            assertThat(organisation.select("#offers a").eachAttr("href")).contains(
                    "/app/directory/offers?organisation=" + DirectoryDemoIds.MS_DEMO_ORGANISATION,
                    "/app/directory/offers/new?organisation=" + DirectoryDemoIds.MS_DEMO_ORGANISATION);
        }
    }
}
