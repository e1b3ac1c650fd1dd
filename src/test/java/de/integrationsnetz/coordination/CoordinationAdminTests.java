package de.integrationsnetz.coordination;

import static de.integrationsnetz.coordination.CoordinationTestUsers.BAUTZEN;
import static de.integrationsnetz.coordination.CoordinationTestUsers.BAUTZEN_TOWN;
import static de.integrationsnetz.coordination.CoordinationTestUsers.CUNEWALDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.coordination.team.CoordinationDemo;
import de.integrationsnetz.coordination.team.CoordinatorManagement;
import de.integrationsnetz.coordination.team.CoordinatorView;
import de.integrationsnetz.coordination.team.OfficeManagement;
import de.integrationsnetz.coordination.team.OfficeView;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CoordinationAdminTests {

    static final String MS_OFFICE = "/app/coordination/offices/" + CoordinationDemo.OFFICE_FREIBERG;
    static final String MS_COORDINATOR = "/app/coordination/coordinators/" + CoordinationDemo.COORDINATOR_FREIBERG;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OfficeManagement offices;

    @Autowired
    CoordinatorManagement coordinators;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    CoordinationTestUsers testUsers() {
        return new CoordinationTestUsers(accounts, passwords, users);
    }

    UserDetails demo(String account) {
        return users.loadUserByUsername(account);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request, UserDetails user) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(user)).with(csrf())).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    MockHttpServletRequestBuilder officeForm(String url, String name, long version) {
        return post(url).param("name", name).param("street", "Bahnhofstraße 9").param("postalCode", "02625")
                .param("city", "Bautzen").param("phone", "03591 555-100").param("email", "")
                .param("openingHours", "Di 9–12 Uhr").param("version", String.valueOf(version));
    }

    /** Opens an office in Bautzen through the form and returns its id. */
    UUID openOffice(UserDetails admin, String name) throws Exception {
        MockHttpServletResponse created = perform(officeForm("/app/coordination/offices", name, 0), admin);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        return UUID.fromString(created.getRedirectedUrl().substring("/app/coordination/offices/".length()));
    }

    MockHttpServletRequestBuilder coordinatorForm(String url, UUID office, String fte, long version,
            String... municipalities) {
        return post(url).param("fullName", "Erika Testfrau").param("officeId", office.toString()).param("fte", fte)
                .param("startDate", "2024-01-01").param("endDate", "").param("programmeBasis", "")
                .param("fundingSharePercent", "90").param("workPhone", "03591 555-101")
                .param("workEmail", "erika@test.invalid").param("publishName", "true").param("_publishName", "on")
                .param("_publishPhone", "on").param("_publishEmail", "on").param("municipalities", municipalities)
                .param("version", String.valueOf(version));
    }

    @Nested
    class DistrictSeparation {

        @Test
        void anotherDistrictsAdminCannotOpenOrChangeMittelsachsensOffices() throws Exception {
            UserDetails other = demo(DemoAccounts.OTHER_COUNTY_ADMIN);

            assertThat(perform(get(MS_OFFICE), other).getStatus()).isEqualTo(404);
            assertThat(perform(get(MS_OFFICE + "/edit"), other).getStatus()).isEqualTo(404);
            assertThat(perform(officeForm(MS_OFFICE, "Übernommen", 0), other).getStatus()).isEqualTo(404);
            assertThat(perform(post(MS_OFFICE + "/delete"), other).getStatus()).isEqualTo(404);

            assertThat(offices.find(new OfficeId(CoordinationDemo.OFFICE_FREIBERG), CoordinationDemo.MITTELSACHSEN))
                    .get().extracting(OfficeView::name).isEqualTo("Freiberg");
        }

        @Test
        void anotherDistrictsAdminCannotOpenOrChangeMittelsachsensCoordinators() throws Exception {
            UserDetails other = demo(DemoAccounts.OTHER_COUNTY_ADMIN);

            assertThat(perform(get(MS_COORDINATOR), other).getStatus()).isEqualTo(404);
            assertThat(perform(get(MS_COORDINATOR + "/edit"), other).getStatus()).isEqualTo(404);
            assertThat(perform(coordinatorForm(MS_COORDINATOR, CoordinationDemo.OFFICE_PIRNA, "1.0", 0), other)
                    .getStatus()).isEqualTo(404);
            assertThat(perform(post(MS_COORDINATOR + "/end").param("endDate", "2024-12-31").param("version", "0"),
                    other).getStatus()).isEqualTo(404);

            CoordinatorView katrin = coordinators.find(new CoordinatorId(CoordinationDemo.COORDINATOR_FREIBERG),
                    CoordinationDemo.MITTELSACHSEN).orElseThrow();
            assertThat(katrin.endDate()).isNull();
            assertThat(katrin.fullName()).isEqualTo(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME);
        }

        @Test
        void mittelsachsensListsShowNothingOfOtherDistricts() throws Exception {
            String list = perform(get("/app/coordination/coordinators"), demo(DemoAccounts.COUNTY_ADMIN))
                    .getContentAsString();

            assertThat(list).contains(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME).doesNotContain("Jonas Demo");
        }

        @Test
        void anOfficeOfAnotherDistrictCannotBeChosenForACoordinator() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();

            MockHttpServletResponse response = perform(coordinatorForm("/app/coordination/coordinators",
                    CoordinationDemo.OFFICE_FREIBERG, "1.0", 0, BAUTZEN_TOWN), admin);

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString()).select("#officeId-error").text())
                    .isEqualTo("Bitte wählen Sie einen Standort Ihres Landkreises.");
        }
    }

    @Nested
    class Roles {

        @Test
        void coordinatorsCanReadButNotEdit() throws Exception {
            UserDetails coordinator = demo(DemoAccounts.COORDINATOR);

            assertThat(perform(get(MS_OFFICE), coordinator).getStatus()).isEqualTo(200);
            assertThat(perform(get(MS_COORDINATOR), coordinator).getStatus()).isEqualTo(200);
            assertThat(perform(get(MS_OFFICE + "/edit"), coordinator).getStatus()).isEqualTo(403);
            assertThat(perform(get(MS_COORDINATOR + "/edit"), coordinator).getStatus()).isEqualTo(403);
            assertThat(perform(officeForm(MS_OFFICE, "Geändert", 0), coordinator).getStatus()).isEqualTo(403);
            assertThat(perform(coordinatorForm(MS_COORDINATOR, CoordinationDemo.OFFICE_FREIBERG, "0.5", 0),
                    coordinator).getStatus()).isEqualTo(403);
            assertThat(perform(post(MS_COORDINATOR + "/end").param("endDate", "2024-12-31"), coordinator)
                    .getStatus()).isEqualTo(403);
            assertThat(perform(get("/app/coordination/coordinators/new"), coordinator).getStatus()).isEqualTo(403);
        }

        @Test
        void coordinatorsSeeNoEditActions() throws Exception {
            Document page = Jsoup.parse(perform(get(MS_COORDINATOR), demo(DemoAccounts.COORDINATOR))
                    .getContentAsString());

            assertThat(page.select("a[href$=/edit]")).isEmpty();
            assertThat(page.select("form[action$=/end]")).isEmpty();
        }

        @Test
        void otherRolesCannotOpenTheCoordination() throws Exception {
            assertThat(perform(get("/app/coordination"), demo(DemoAccounts.MUNICIPALITY)).getStatus()).isEqualTo(403);
            assertThat(perform(get("/app/coordination/offices"), demo(DemoAccounts.PROVIDER)).getStatus())
                    .isEqualTo(403);
        }
    }

    @Nested
    class Offices {

        @Test
        void createsAndChangesAnOffice() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();
            UUID id = openOffice(admin, "Bautzen Nord " + UUID.randomUUID());
            OfficeView office = offices.find(new OfficeId(id), BAUTZEN).orElseThrow();

            MockHttpServletResponse changed = perform(officeForm("/app/coordination/offices/" + id, "Bautzen Mitte",
                    office.version()), admin);

            assertThat(changed.getStatus()).isEqualTo(302);
            assertThat(offices.find(new OfficeId(id), BAUTZEN).orElseThrow().name()).isEqualTo("Bautzen Mitte");
            assertThat(offices.find(new OfficeId(id), BAUTZEN).orElseThrow().contact().district()).isEqualTo(BAUTZEN);
        }

        @Test
        void showsAConflictWhenSomeoneElseChangedTheOfficeMeanwhile() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();
            UUID id = openOffice(admin, "Konflikt " + UUID.randomUUID());
            long seen = offices.find(new OfficeId(id), BAUTZEN).orElseThrow().version();
            assertThat(perform(officeForm("/app/coordination/offices/" + id, "Erste Änderung", seen), admin)
                    .getStatus()).isEqualTo(302);

            MockHttpServletResponse second = perform(officeForm("/app/coordination/offices/" + id, "Zweite Änderung",
                    seen), admin);

            assertThat(second.getStatus()).isEqualTo(409);
            Document page = Jsoup.parse(second.getContentAsString());
            assertThat(page.select("#error-summary").text())
                    .contains("Dieser Eintrag wurde inzwischen von einer anderen Person geändert");
            assertThat(page.select("title").text()).startsWith("Fehler:");
            assertThat(page.select("input#name").val()).isEqualTo("Zweite Änderung");
            assertThat(offices.find(new OfficeId(id), BAUTZEN).orElseThrow().name()).isEqualTo("Erste Änderung");
        }

        @Test
        void showsValidationErrorsNextToTheFieldsInTheUsersLanguage() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();

            MockHttpServletResponse german = perform(post("/app/coordination/offices").param("name", "")
                    .param("street", "Markt 1").param("postalCode", "123").param("city", "Bautzen")
                    .param("phone", "").param("email", ""), admin);
            Document page = Jsoup.parse(german.getContentAsString());
            assertThat(german.getStatus()).isEqualTo(200);
            assertThat(page.select("#name-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
            assertThat(page.select("#postalCode-error").text())
                    .isEqualTo("Bitte geben Sie eine Postleitzahl mit fünf Ziffern ein.");
            assertThat(page.select("#phone-error").text())
                    .isEqualTo("Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.");
            assertThat(page.select("input#name").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.select("#error-summary a[href=#postalCode]")).hasSize(1);

            MockHttpServletResponse english = perform(post("/app/coordination/offices").param("name", "")
                    .cookie(new Cookie("lang", "en")), admin);
            assertThat(Jsoup.parse(english.getContentAsString()).select("#name-error").text())
                    .isEqualTo("Please fill in this field.");
        }

        @Test
        void deletesAnOfficeOnlyWhenNoCoordinatorUsesIt() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();
            UUID used = openOffice(admin, "Benutzt " + UUID.randomUUID());
            perform(coordinatorForm("/app/coordination/coordinators", used, "0.5", 0, CUNEWALDE), admin);
            UUID unused = openOffice(admin, "Unbenutzt " + UUID.randomUUID());

            MockHttpServletResponse refused = perform(post("/app/coordination/offices/" + used + "/delete"), admin);
            assertThat(refused.getRedirectedUrl()).isEqualTo("/app/coordination/offices/" + used);
            assertThat(offices.find(new OfficeId(used), BAUTZEN)).isPresent();

            MockHttpServletResponse deleted = perform(post("/app/coordination/offices/" + unused + "/delete"), admin);
            assertThat(deleted.getRedirectedUrl()).isEqualTo("/app/coordination/offices");
            assertThat(offices.find(new OfficeId(unused), BAUTZEN)).isEmpty();
        }

        @Test
        void theDemoOfficeInUseOffersNoDeleteButton() throws Exception {
            Document page = Jsoup.parse(perform(get(MS_OFFICE), demo(DemoAccounts.COUNTY_ADMIN)).getContentAsString());

            assertThat(page.select("form[action$=/delete]")).isEmpty();
            assertThat(page.select("a[href$=/edit]")).hasSize(1);
        }
    }

    @Nested
    class Coordinators {

        @Test
        void appointsACoordinatorForMunicipalitiesOfTheDistrict() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();
            UUID office = openOffice(admin, "Team " + UUID.randomUUID());

            MockHttpServletResponse created = perform(coordinatorForm("/app/coordination/coordinators", office, "0.75",
                    0, BAUTZEN_TOWN, CUNEWALDE), admin);

            assertThat(created.getStatus()).isEqualTo(302);
            UUID id = UUID.fromString(created.getRedirectedUrl().substring("/app/coordination/coordinators/".length()));
            CoordinatorView coordinator = coordinators.find(new CoordinatorId(id), BAUTZEN).orElseThrow();
            assertThat(coordinator.fte()).isEqualByComparingTo("0.75");
            assertThat(coordinator.programmeBasis()).isEqualTo("Richtlinie Integrative Maßnahmen, Teil 2");
            assertThat(coordinator.fundingSharePercent()).isEqualTo(90);
            assertThat(coordinator.consent().name()).isTrue();
            assertThat(coordinator.consent().phone()).isFalse();
            assertThat(coordinator.municipalities()).extracting(m -> m.value())
                    .containsExactly(BAUTZEN_TOWN, CUNEWALDE);
        }

        @Test
        void rejectsAMunicipalityOfAnotherDistrict() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();
            UUID office = openOffice(admin, "Fremd " + UUID.randomUUID());

            MockHttpServletResponse response = perform(coordinatorForm("/app/coordination/coordinators", office, "1.0",
                    0, BAUTZEN_TOWN, "14522180"), admin);

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString()).select("#municipalities-error").text())
                    .isEqualTo("Bitte wählen Sie nur Gemeinden Ihres Landkreises.");
        }

        @Test
        void rejectsMoreThanOneFullTimeEquivalent() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();
            UUID office = openOffice(admin, "Voll " + UUID.randomUUID());

            MockHttpServletResponse response = perform(coordinatorForm("/app/coordination/coordinators", office, "1.5",
                    0, BAUTZEN_TOWN), admin);
            Document page = Jsoup.parse(response.getContentAsString());

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(page.select("#fte-error").text()).startsWith("Bitte geben Sie einen Stellenumfang von 0,1 bis 1,0");
            assertThat(page.select("input#m-" + BAUTZEN_TOWN).hasAttr("checked")).isTrue();

            MockHttpServletResponse letters = perform(coordinatorForm("/app/coordination/coordinators", office, "viel",
                    0, BAUTZEN_TOWN), admin);
            assertThat(Jsoup.parse(letters.getContentAsString()).select("#fte-error").text())
                    .isEqualTo("Diese Angabe hat nicht das erwartete Format.");
        }

        @Test
        void offersEveryMunicipalityOfTheDistrictAsACheckbox() throws Exception {
            Document page = Jsoup.parse(perform(get("/app/coordination/coordinators/new"),
                    demo(DemoAccounts.COUNTY_ADMIN)).getContentAsString());

            assertThat(page.select("fieldset#municipalities input[type=checkbox][name=municipalities]")).hasSize(52);
            assertThat(page.select("fieldset#municipalities legend").text()).isEqualTo("Betreute Gemeinden");
            assertThat(page.select("[data-co-filter]").hasAttr("hidden")).isTrue();
            assertThat(page.select("script[src~=^/js/coordination-[0-9a-f]+\\.js$]")).hasSize(1);
            assertThat(page.select("label[for=m-14522180]").text()).contains("Freiberg");
            assertThat(page.select("#m-14522180-others").text()).contains(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME);
        }

        @Test
        void endsAnAssignmentSoTheCoordinatorNoLongerCounts() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();
            UUID office = openOffice(admin, "Ende " + UUID.randomUUID());
            MockHttpServletResponse created = perform(coordinatorForm("/app/coordination/coordinators", office, "1.0",
                    0, BAUTZEN_TOWN), admin);
            UUID id = UUID.fromString(created.getRedirectedUrl().substring("/app/coordination/coordinators/".length()));
            CoordinatorView before = coordinators.find(new CoordinatorId(id), BAUTZEN).orElseThrow();
            LocalDate yesterday = LocalDate.now().minusDays(1);

            MockHttpServletResponse tooEarly = perform(post("/app/coordination/coordinators/" + id + "/end")
                    .param("endDate", "2023-12-31").param("version", String.valueOf(before.version())), admin);
            assertThat(Jsoup.parse(tooEarly.getContentAsString()).select("#endDate-error").text())
                    .isEqualTo("Das Ende darf nicht vor dem Beginn liegen.");

            MockHttpServletResponse ended = perform(post("/app/coordination/coordinators/" + id + "/end")
                    .param("endDate", yesterday.toString()).param("version", String.valueOf(before.version())), admin);

            assertThat(ended.getStatus()).isEqualTo(302);
            CoordinatorView after = coordinators.find(new CoordinatorId(id), BAUTZEN).orElseThrow();
            assertThat(after.endDate()).isEqualTo(yesterday);
            assertThat(after.status()).isEqualTo(CoordinatorView.Status.ENDED);
            Document overview = Jsoup.parse(perform(get("/app/coordination"), admin).getContentAsString());
            assertThat(overview.select("#workload a[href=/app/coordination/coordinators/" + id + "]")).isEmpty();
            Document list = Jsoup.parse(perform(get("/app/coordination/coordinators?status=ended"), admin)
                    .getContentAsString());
            assertThat(list.select("a[href=/app/coordination/coordinators/" + id + "]")).hasSize(1);
        }

        @Test
        void showsAConflictWhenTheCoordinatorWasChangedMeanwhile() throws Exception {
            UserDetails admin = testUsers().countyAdminOfBautzen();
            UUID office = openOffice(admin, "Parallel " + UUID.randomUUID());
            MockHttpServletResponse created = perform(coordinatorForm("/app/coordination/coordinators", office, "1.0",
                    0, BAUTZEN_TOWN), admin);
            String url = created.getRedirectedUrl();
            long seen = Long.parseLong(Jsoup.parse(perform(get(url + "/edit"), admin).getContentAsString())
                    .select("input[name=version]").val());
            assertThat(perform(coordinatorForm(url, office, "0.5", seen, BAUTZEN_TOWN), admin).getStatus())
                    .isEqualTo(302);

            MockHttpServletResponse stale = perform(coordinatorForm(url, office, "0.8", seen, CUNEWALDE), admin);

            assertThat(stale.getStatus()).isEqualTo(409);
            assertThat(Jsoup.parse(stale.getContentAsString()).select("#error-summary").text())
                    .contains("Dieser Eintrag wurde inzwischen von einer anderen Person geändert");
        }
    }
}
