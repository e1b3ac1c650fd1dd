package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.DirectoryTestUsers;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.organisation.OrganisationView;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organisation pages in the back office, through MockMvc: list, detail, forms, deletion, sub-forms, scope. */
@IntegrationTest
class OrganisationPagesTests {

    static final String BASE = "/app/directory/organisations";
    static final MunicipalityKey FREIBERG = MunicipalityKey.of("14522180");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    DirectoryTestUsers users() {
        return new DirectoryTestUsers(userDetails, accountRepository, passwordEncoder);
    }

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    LocationManagement locations;

    RequestPostProcessor as(String email) {
        UserDetails account = userDetails.loadUserByUsername(email);
        return user(account);
    }

    CurrentUser coordinator() {
        return users().demo(DemoAccounts.COORDINATOR);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    OrganisationId create(String name) {
        return organisations.create(coordinator(), new OrganisationDetails(name, OrganisationType.ASSOCIATION,
                "Ein Verein", new Address("Burgstraße 9", null, "09599", "Freiberg"), null, null, null, null, null,
                Set.of(FREIBERG), OrganisationStatus.ACTIVE), null, false);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String name) {
        return request.with(csrf())
                .param("name", name)
                .param("type", "VOLUNTEER_INITIATIVE")
                .param("description", "Wir treffen uns jeden Dienstag.")
                .param("street", "Kirchgasse 4")
                .param("postalCode", "09599")
                .param("city", "Freiberg")
                .param("servedMunicipalities", "14522180", "14522050")
                .param("phone", "03731 555-77")
                .param("email", "treff@example.org")
                .param("website", "https://treff.example.org");
    }

    @Nested
    class List_ {

        @Test
        void showsACoordinatorOnlyTheOrganisationsOfTheirDistrict() throws Exception {
            String mittelsachsen = perform(get(BASE).param("q", "Demo").with(as(DemoAccounts.COORDINATOR)))
                    .getContentAsString();
            String soe = perform(get(BASE).param("q", "Demo").with(as(DemoAccounts.OTHER_COORDINATOR)))
                    .getContentAsString();

            assertThat(mittelsachsen).contains("Integrationsverein Freiberg e. V. (Demo)")
                    .doesNotContain("Jobcenter Sächsische Schweiz-Osterzgebirge")
                    .contains("href=\"/app/directory/organisations/new\"");
            assertThat(soe).contains("Jobcenter Sächsische Schweiz-Osterzgebirge – Pirna (Demo)")
                    .doesNotContain("Integrationsverein Freiberg");
        }

        @Test
        void showsAProviderOnlyTheirOwnOrganisationAndNoCreateButton() throws Exception {
            String page = perform(get(BASE).with(as(DemoAccounts.PROVIDER))).getContentAsString();

            assertThat(page).contains("Integrationsverein Freiberg e. V. (Demo)")
                    .doesNotContain("Agentur für Arbeit Freiberg")
                    .doesNotContain("href=\"/app/directory/organisations/new\"");
        }

        @Test
        void answersHtmxWithTheFilteredResultsOnly() throws Exception {
            MockHttpServletResponse response = perform(get(BASE).param("type", "POLICE")
                    .header("HX-Request", "true").with(as(DemoAccounts.COORDINATOR)));

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("Vary")).contains("HX-Request");
            assertThat(response.getContentAsString()).doesNotContain("<html")
                    .contains("id=\"organisation-results\"", "Polizeirevier Freiberg")
                    .doesNotContain("Integrationsverein Freiberg");
        }

        @Test
        void sortsByNameInBothDirections() throws Exception {
            List<String> ascending = names(perform(get(BASE).param("q", "Demo").param("sort", "name")
                    .with(as(DemoAccounts.COORDINATOR))));
            List<String> descending = names(perform(get(BASE).param("q", "Demo").param("sort", "name")
                    .param("dir", "desc").with(as(DemoAccounts.COORDINATOR))));

            // More demo organisations than fit on one page: compare the names both first pages show.
            List<String> onBoth = ascending.stream().filter(descending::contains).toList();
            List<String> reversed = new java.util.ArrayList<>(descending.stream().filter(ascending::contains).toList());
            java.util.Collections.reverse(reversed);
            assertThat(onBoth).hasSizeGreaterThan(5).containsExactlyElementsOf(reversed);
            assertThat(ascending.get(0)).startsWith("Agentur für Arbeit");
            assertThat(descending).doesNotContain(ascending.get(0));
        }

        @Test
        void pagesThroughLongLists() throws Exception {
            String marker = UUID.randomUUID().toString().substring(0, 8);
            for (int i = 0; i < 27; i++) {
                create(String.format("Initiative %02d %s", i, marker));
            }

            Document first = html(perform(get(BASE).param("q", marker).with(as(DemoAccounts.COORDINATOR))));
            Document second = html(perform(get(BASE).param("q", marker).param("page", "1")
                    .with(as(DemoAccounts.COORDINATOR))));

            assertThat(names(first)).hasSize(25).first().asString().startsWith("Initiative 00");
            assertThat(first.select("nav.in-pagination a").eachAttr("href"))
                    .anySatisfy(href -> assertThat(href).contains("page=1", "q=" + marker, "sort=name"));
            assertThat(names(second)).hasSize(2).last().asString().startsWith("Initiative 26");
            assertThat(first.text()).contains("Gefundene Organisationen: 27");
        }

        @Test
        void isTranslated() throws Exception {
            String arabic = perform(get(BASE).cookie(new Cookie("lang", "ar")).with(as(DemoAccounts.COORDINATOR)))
                    .getContentAsString();

            assertThat(arabic).contains("dir=\"rtl\"", "<h1 class=\"kern-heading-x-large\">المنظمات</h1>");
        }

        @Test
        void isLinkedFromTheNavigationForTheRolesThatMayOpenIt() throws Exception {
            assertThat(perform(get("/app").with(as(DemoAccounts.PROVIDER))).getContentAsString())
                    .contains("href=\"/app/directory/organisations\"");
            assertThat(perform(get("/app").with(as(DemoAccounts.MUNICIPALITY))).getContentAsString())
                    .doesNotContain("href=\"/app/directory/organisations\"");
        }

        private List<String> names(MockHttpServletResponse response) throws Exception {
            return names(html(response));
        }

        private List<String> names(Document page) {
            return page.select("#organisation-results tbody th[scope=row] a").eachText();
        }
    }

    @Nested
    class Create {

        @Test
        void showsValidationMessagesNextToTheFieldsAndASummary() throws Exception {
            MockHttpServletResponse response = perform(post(BASE).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("name", " ").param("type", "").param("postalCode", "123").param("email", "kein-at")
                    .param("website", "www.example.org").param("latitude", "95").param("longitude", "13,3"));
            Document page = html(response);

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(page.title()).startsWith("Fehler:");
            assertThat(page.select("#error-summary li")).hasSizeGreaterThanOrEqualTo(6);
            assertThat(page.select("#error-summary a[href=#postalCode]").text())
                    .isEqualTo("Postleitzahl: Eine Postleitzahl hat fünf Ziffern.");
            assertThat(page.select("#name-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
            assertThat(page.select("#type-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
            assertThat(page.select("#postalCode-error").text()).isEqualTo("Eine Postleitzahl hat fünf Ziffern.");
            assertThat(page.select("#email-error").text()).startsWith("Bitte geben Sie eine gültige E-Mail-Adresse");
            assertThat(page.select("#website-error").text()).contains("http://");
            assertThat(page.select("#latitude-error").text()).startsWith("Der Breitengrad");
            assertThat(page.select("#name").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.select("#name").attr("aria-describedby")).contains("name-error");
        }

        @Test
        void showsValidationMessagesInTheUsersLanguage() throws Exception {
            Document page = html(perform(post(BASE).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .cookie(new Cookie("lang", "en")).param("name", "").param("type", "ASSOCIATION")));

            assertThat(page.select("#name-error").text()).isEqualTo("Please fill in this field.");
        }

        @Test
        void createsAnOrganisationAndShowsIt() throws Exception {
            String name = unique("Sprachtreff Kirchgasse");
            MockHttpServletResponse created = perform(validForm(post(BASE), name).with(as(DemoAccounts.COUNTY_ADMIN)));

            assertThat(created.getStatus()).isEqualTo(302);
            assertThat(created.getRedirectedUrl()).matches(BASE + "/[0-9a-f-]{36}");
            Document detail = html(perform(get(created.getRedirectedUrl()).with(as(DemoAccounts.COORDINATOR))));
            assertThat(detail.select("h1").text()).isEqualTo(name);
            assertThat(detail.text()).contains("Ehrenamtliche Initiative", "Kirchgasse 4", "Brand-Erbisdorf",
                    "aus der Postleitzahl", "https://treff.example.org");
        }

        @Test
        void warnsAboutAPossibleDuplicateAndCreatesItOnlyWhenConfirmed() throws Exception {
            String name = unique("Nähcafé");
            OrganisationId existing = organisations.create(coordinator(), new OrganisationDetails(name,
                    OrganisationType.VOLUNTEER_INITIATIVE, null, new Address("Kirchgasse 4", null, "09599", "Freiberg"),
                    null, null, null, null, null, Set.of(), null), null, false);

            MockHttpServletResponse warned = perform(validForm(post(BASE), name).with(as(DemoAccounts.COORDINATOR)));
            Element warning = html(warned).selectFirst("#duplicate-warning");

            assertThat(warned.getStatus()).isEqualTo(200);
            assertThat(warning).isNotNull();
            assertThat(warning.select("a").attr("href")).isEqualTo(BASE + "/" + existing);
            MockHttpServletResponse confirmed = perform(validForm(post(BASE), name).param("acknowledgeDuplicate", "true")
                    .with(as(DemoAccounts.COORDINATOR)));
            assertThat(confirmed.getStatus()).isEqualTo(302);
            assertThat(confirmed.getRedirectedUrl()).doesNotContain(existing.toString());
        }

        @Test
        void isForbiddenToProviders() throws Exception {
            assertThat(perform(get(BASE + "/new").with(as(DemoAccounts.PROVIDER))).getStatus()).isEqualTo(403);
            assertThat(perform(validForm(post(BASE), unique("Neu")).with(as(DemoAccounts.PROVIDER))).getStatus())
                    .isEqualTo(403);
        }
    }

    @Nested
    class Edit {

        @Test
        void showsAConflictWhenSomeoneElseSavedInTheMeantime() throws Exception {
            OrganisationId id = create(unique("Tanzgruppe"));
            Document form = html(perform(get(BASE + "/" + id + "/edit").with(as(DemoAccounts.COORDINATOR))));
            String version = form.select("input[name=version]").val();
            OrganisationView current = organisations.get(id, coordinator());
            organisations.change(id, coordinator(), current.version(), new OrganisationDetails(current.name(),
                    current.type(), "Von jemand anderem geändert", current.address(), null, null, null, null, null,
                    Set.of(), OrganisationStatus.ACTIVE), null);

            MockHttpServletResponse conflict = perform(validForm(post(BASE + "/" + id), current.name())
                    .param("version", version).with(as(DemoAccounts.COORDINATOR)));

            assertThat(conflict.getStatus()).isEqualTo(409);
            assertThat(html(conflict).select("#error-summary").text())
                    .contains("Dieser Eintrag wurde inzwischen von einer anderen Person geändert");
            assertThat(organisations.get(id, coordinator()).description()).isEqualTo("Von jemand anderem geändert");
        }

        @Test
        void keepsFormValuesAndShowsErrorsOnAnInvalidEdit() throws Exception {
            OrganisationId id = create(unique("Theatergruppe"));

            Document page = html(perform(post(BASE + "/" + id).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("name", "").param("type", "ASSOCIATION").param("city", "Freiberg").param("version", "0")));

            assertThat(page.select("#name-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
            assertThat(page.select("#city").val()).isEqualTo("Freiberg");
        }

        @Test
        void letsAProviderEditTheirOwnOrganisation() throws Exception {
            String name = unique("Lesepaten");
            OrganisationId id = create(name);
            CurrentUser provider = users().providerOf(id, DemoAccounts.MITTELSACHSEN);
            long version = organisations.get(id, provider).version();

            assertThat(perform(get(BASE + "/" + id + "/edit").with(user(provider))).getStatus()).isEqualTo(200);
            MockHttpServletResponse saved = perform(validForm(post(BASE + "/" + id), name)
                    .param("version", String.valueOf(version)).param("addressLine2", "Hinterhaus").with(user(provider)));

            assertThat(saved.getStatus()).isEqualTo(302);
            assertThat(organisations.get(id, provider).address().addressLine2()).isEqualTo("Hinterhaus");
        }

        @Test
        void forbidsAProviderOtherOrganisationsOfTheDistrictAndHidesOtherDistricts() throws Exception {
            String other = BASE + "/" + DirectoryDemoIds.MS_OTHER_ORGANISATION;
            String foreign = BASE + "/" + DirectoryDemoIds.SOE_ORGANISATION;

            assertThat(perform(get(BASE + "/" + DirectoryDemoIds.MS_DEMO_ORGANISATION + "/edit")
                    .with(as(DemoAccounts.PROVIDER))).getStatus()).isEqualTo(200);
            assertThat(perform(get(other).with(as(DemoAccounts.PROVIDER))).getStatus()).isEqualTo(403);
            assertThat(perform(validForm(post(other), "Übernahme").with(as(DemoAccounts.PROVIDER))).getStatus())
                    .isEqualTo(403);
            assertThat(perform(get(foreign).with(as(DemoAccounts.PROVIDER))).getStatus()).isEqualTo(404);
            assertThat(perform(validForm(post(foreign), "Übernahme").with(as(DemoAccounts.PROVIDER))).getStatus())
                    .isEqualTo(404);
        }

        @Test
        void hidesMittelsachsensOrganisationsFromTheCoordinatorOfAnotherDistrict() throws Exception {
            String own = BASE + "/" + DirectoryDemoIds.MS_DEMO_ORGANISATION;

            assertThat(perform(get(own).with(as(DemoAccounts.OTHER_COORDINATOR))).getStatus()).isEqualTo(404);
            assertThat(perform(get(own + "/edit").with(as(DemoAccounts.OTHER_COORDINATOR))).getStatus()).isEqualTo(404);
            assertThat(perform(validForm(post(own), "Übernahme").with(as(DemoAccounts.OTHER_COORDINATOR))).getStatus())
                    .isEqualTo(404);
        }
    }

    @Nested
    class Delete {

        @Test
        void asksForConfirmationAndThenDeletes() throws Exception {
            String name = unique("Spieletreff");
            OrganisationId id = create(name);

            Document confirm = html(perform(get(BASE + "/" + id + "/delete").with(as(DemoAccounts.COORDINATOR))));
            assertThat(confirm.select("form[action=" + BASE + "/" + id + "/delete] button")).hasSize(1);

            MockHttpServletResponse deleted = perform(post(BASE + "/" + id + "/delete").with(csrf())
                    .with(as(DemoAccounts.COORDINATOR)));
            assertThat(deleted.getRedirectedUrl()).isEqualTo(BASE);
            assertThat(perform(get(BASE + "/" + id).with(as(DemoAccounts.COORDINATOR))).getStatus()).isEqualTo(404);
        }

        @Test
        void isRefusedWhileSomethingDependsOnTheOrganisation() throws Exception {
            OrganisationId id = create(unique("Gartenprojekt"));
            locations.add(id, coordinator(), new LocationDetails(LocationType.PHYSICAL, "Garten", null,
                    new Address("Am Teich 2", null, "09599", "Freiberg"), null, null, null, null, false), null);

            Document confirm = html(perform(get(BASE + "/" + id + "/delete").with(as(DemoAccounts.COORDINATOR))));
            MockHttpServletResponse attempt = perform(post(BASE + "/" + id + "/delete").with(csrf())
                    .with(as(DemoAccounts.COORDINATOR)));

            assertThat(confirm.text()).contains("kann noch nicht gelöscht werden", "Orte: 1");
            assertThat(confirm.select("form[action$=/delete]")).isEmpty();
            assertThat(attempt.getRedirectedUrl()).isEqualTo(BASE + "/" + id + "/delete");
            assertThat(perform(get(BASE + "/" + id).with(as(DemoAccounts.COORDINATOR))).getStatus()).isEqualTo(200);
        }

        @Test
        void isForbiddenToProvidersEvenForTheirOwnOrganisation() throws Exception {
            OrganisationId id = create(unique("Kinderchor"));
            CurrentUser provider = users().providerOf(id, DemoAccounts.MITTELSACHSEN);

            assertThat(perform(post(BASE + "/" + id + "/delete").with(csrf()).with(user(provider))).getStatus())
                    .isEqualTo(403);
        }
    }

    @Nested
    class ContactPersons {

        @Test
        void areAddedEditedAndRemovedThroughTheSubForm() throws Exception {
            OrganisationId id = create(unique("Frauentreff"));
            String contacts = BASE + "/" + id + "/contacts";

            Document invalid = html(perform(post(contacts).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("name", "").param("email", "falsch")));
            assertThat(invalid.select("#name-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
            assertThat(invalid.select("#email-error").text()).isNotEmpty();

            MockHttpServletResponse added = perform(post(contacts).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("name", "Fatima Test").param("functionTitle", "Leitung").param("phone", "03731 555-12")
                    .param("publishConsent", "true"));
            assertThat(added.getRedirectedUrl()).isEqualTo(BASE + "/" + id + "#contacts");
            UUID contactId = organisations.get(id, coordinator()).contacts().get(0).id();
            Document detail = html(perform(get(BASE + "/" + id).with(as(DemoAccounts.COORDINATOR))));
            assertThat(detail.select("#contacts").text()).contains("Fatima Test", "Leitung", "öffentlich (Einwilligung vom");

            Document edit = html(perform(get(contacts + "/" + contactId + "/edit").with(as(DemoAccounts.COORDINATOR))));
            assertThat(edit.select("input[name=publishConsent][type=checkbox]").hasAttr("checked")).isTrue();
            MockHttpServletResponse saved = perform(post(contacts + "/" + contactId).with(csrf())
                    .with(as(DemoAccounts.COORDINATOR)).param("name", "Fatima Test").param("functionTitle", "Leitung")
                    .param("version", edit.select("input[name=version]").val()));
            assertThat(saved.getStatus()).isEqualTo(302);
            assertThat(organisations.contact(id, contactId, coordinator()).publishConsent()).isFalse();

            MockHttpServletResponse stale = perform(post(contacts + "/" + contactId).with(csrf())
                    .with(as(DemoAccounts.COORDINATOR)).param("name", "Fatima Alt")
                    .param("version", edit.select("input[name=version]").val()));
            assertThat(stale.getStatus()).isEqualTo(409);

            perform(post(contacts + "/" + contactId + "/delete").with(csrf()).with(as(DemoAccounts.COORDINATOR)));
            assertThat(html(perform(get(BASE + "/" + id).with(as(DemoAccounts.COORDINATOR)))).select("#contacts").text())
                    .doesNotContain("Fatima Test");
        }

        @Test
        void ofAnotherOrganisationAreNotFound() throws Exception {
            OrganisationId id = create(unique("Jugendclub"));

            assertThat(perform(get(BASE + "/" + id + "/contacts/" + DirectoryDemoIds.MS_DEMO_CONTACT + "/edit")
                    .with(as(DemoAccounts.COORDINATOR))).getStatus()).isEqualTo(404);
        }
    }

    @Nested
    class Locations {

        @Test
        void needTheFieldsOfTheirTypeAndTakeCoordinatesFromThePostalCode() throws Exception {
            OrganisationId id = create(unique("Tafel Freiberg"));
            String path = BASE + "/" + id + "/locations";

            Document noStreet = html(perform(post(path).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("type", "PHYSICAL").param("name", "Ausgabe").param("postalCode", "09599")
                    .param("city", "Freiberg")));
            Document noUrl = html(perform(post(path).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("type", "VIRTUAL").param("name", "Online")));
            MockHttpServletResponse added = perform(post(path).with(csrf()).with(as(DemoAccounts.COORDINATOR))
                    .param("type", "PHYSICAL").param("name", "Ausgabe Obermarkt").param("street", "Obermarkt 5")
                    .param("postalCode", "09599").param("city", "Freiberg").param("barrierFree", "true"));

            assertThat(noStreet.select("#street-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
            assertThat(noUrl.select("#url-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
            assertThat(added.getRedirectedUrl()).isEqualTo(BASE + "/" + id + "#locations");
            String section = html(perform(get(BASE + "/" + id).with(as(DemoAccounts.COORDINATOR)))).select("#locations")
                    .text();
            assertThat(section).contains("Ausgabe Obermarkt", "Obermarkt 5, 09599 Freiberg", "aus der Postleitzahl",
                    "barrierefrei");
        }

        @Test
        void keepCoordinatesSetByHandWithADecimalComma() throws Exception {
            OrganisationId id = create(unique("Repair-Café"));
            String path = BASE + "/" + id + "/locations";

            perform(post(path).with(csrf()).with(as(DemoAccounts.COORDINATOR)).param("type", "PHYSICAL")
                    .param("name", "Werkstatt").param("street", "Hof 1").param("postalCode", "09599")
                    .param("city", "Freiberg").param("latitude", "50,9187").param("longitude", "13,3392"));

            String section = html(perform(get(BASE + "/" + id).with(as(DemoAccounts.COORDINATOR)))).select("#locations")
                    .text();
            assertThat(section).contains("50.91870, 13.33920", "von Hand gesetzt");
        }
    }
}
