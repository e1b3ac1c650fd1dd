package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.CooperationId;
import de.integrationsnetz.directory.DirectoryTestUsers;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.cooperation.CooperationDetails;
import de.integrationsnetz.directory.cooperation.CooperationListItem;
import de.integrationsnetz.directory.cooperation.CooperationManagement;
import de.integrationsnetz.directory.cooperation.CooperationType;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.organisation.RemovalCheck;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The cooperation pages through MockMvc: list, create, edit with conflict, delete, validation, district scope. */
@IntegrationTest
class CooperationPagesTests {

    static final String BASE = "/app/directory/cooperations";
    static final LocalDate START = LocalDate.of(2025, 2, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    CooperationManagement cooperations;

    CurrentUser coordinator() {
        return new DirectoryTestUsers(userDetails, accountRepository, passwordEncoder).demo(DemoAccounts.COORDINATOR);
    }

    RequestPostProcessor as(String email) {
        return user(userDetails.loadUserByUsername(email));
    }

    OrganisationId organisation(String name) {
        return organisations.create(coordinator(), new OrganisationDetails(name + " " + UUID.randomUUID()
                        .toString().substring(0, 8), OrganisationType.ASSOCIATION, null,
                new Address("Markt 1", null, "09648", "Mittweida"), null, null, null, null, null,
                Set.of(MunicipalityKey.of("14522360")), OrganisationStatus.ACTIVE), null, true);
    }

    CooperationId cooperation(OrganisationId from, OrganisationId to) {
        return cooperations.create(coordinator(),
                new CooperationDetails(CooperationType.JOINT_OFFER, from, to, null, START, null, "Sprachcafé"));
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, OrganisationId from,
            String partner, String validFrom, String validUntil) {
        return form(request, "REFERRAL", from, partner, validFrom, validUntil);
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String type, OrganisationId from,
            String partner, String validFrom, String validUntil) {
        return request.with(csrf())
                .param("type", type)
                .param("organisation", from.toString())
                .param("partnerOrganisation", partner)
                .param("coordinator", "")
                .param("validFrom", validFrom)
                .param("validUntil", validUntil)
                .param("note", "Sprechstunde");
    }

    @Test
    void createsACooperationThroughTheFormAndListsIt() throws Exception {
        OrganisationId mbe = organisation("Beratung");
        OrganisationId jobcenter = organisation("Jobcenter");

        MockHttpServletResponse created = perform(form(post(BASE), mbe, jobcenter.toString(), "2025-03-01", "")
                .with(as(DemoAccounts.COORDINATOR)));
        String list = perform(get(BASE).param("organisation", mbe.toString()).with(as(DemoAccounts.COORDINATOR)))
                .getContentAsString();

        assertThat(created.getRedirectedUrl()).isEqualTo(BASE);
        assertThat(cooperations.list(coordinator(), new de.integrationsnetz.directory.cooperation.CooperationFilter(
                        null, mbe, true), de.integrationsnetz.directory.cooperation.CooperationSort.FROM, false,
                PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(c -> {
                    assertThat(c.type()).isEqualTo(CooperationType.REFERRAL);
                    assertThat(c.partner().id()).isEqualTo(jobcenter.value());
                    assertThat(c.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
                    assertThat(c.note()).isEqualTo("Sprechstunde");
                    assertThat(c.demo()).isFalse();
                });
        assertThat(list).contains("Gefundene Kooperationen: 1").contains("verweist an");
    }

    @Test
    void showsWhatIsWrongNextToTheFields() throws Exception {
        OrganisationId mbe = organisation("Beratung");
        OrganisationId jobcenter = organisation("Jobcenter");

        Document noPartner = Jsoup.parse(perform(form(post(BASE), mbe, "", "2025-03-01", "")
                .with(as(DemoAccounts.COORDINATOR))).getContentAsString());
        Document backwards = Jsoup.parse(perform(form(post(BASE), mbe, jobcenter.toString(), "2025-03-01",
                "2025-02-01").with(as(DemoAccounts.COORDINATOR))).getContentAsString());
        Document self = Jsoup.parse(perform(form(post(BASE), mbe, mbe.toString(), "2025-03-01", "")
                .with(as(DemoAccounts.COORDINATOR))).getContentAsString());
        Document badDate = Jsoup.parse(perform(form(post(BASE), mbe, jobcenter.toString(), "31.02.2025", "")
                .with(as(DemoAccounts.COORDINATOR))).getContentAsString());

        assertThat(noPartner.select("#partnerOrganisation-error").text())
                .contains("Bitte wählen Sie eine Partnerorganisation");
        assertThat(noPartner.select("#error-summary a[href=#partnerOrganisation]")).hasSize(1);
        assertThat(noPartner.title()).startsWith("Fehler");
        assertThat(backwards.select("#validUntil-error").text()).contains("nicht vor dem Beginn");
        assertThat(self.select("#partnerOrganisation-error").text()).contains("nicht mit sich selbst");
        assertThat(badDate.select("#validFrom-error").text()).contains("Datum");
        assertThat(cooperations.countInvolving(mbe)).isZero();
    }

    @Test
    void refusesTheSameRelationTwiceAtTheSameTime() throws Exception {
        OrganisationId a = organisation("Netzwerk A");
        OrganisationId b = organisation("Netzwerk B");
        cooperations.create(coordinator(),
                new CooperationDetails(CooperationType.NETWORK_MEMBERSHIP, a, b, null, START, null, null));

        Document reversed = Jsoup.parse(perform(form(post(BASE), "NETWORK_MEMBERSHIP", b, a.toString(), "2025-06-01", "")
                .with(as(DemoAccounts.COORDINATOR))).getContentAsString());

        assertThat(reversed.select("#partnerOrganisation-error").text()).contains("schon eingetragen");
        assertThat(cooperations.countInvolving(a)).isEqualTo(1);
    }

    @Test
    void editsACooperationAndReportsAConflictWithAnEditMadeInTheMeantime() throws Exception {
        OrganisationId mbe = organisation("Beratung");
        OrganisationId jobcenter = organisation("Jobcenter");
        CooperationId id = cooperation(mbe, jobcenter);
        String edit = BASE + "/" + id;

        String formPage = perform(get(edit + "/edit").with(as(DemoAccounts.COUNTY_ADMIN))).getContentAsString();
        MockHttpServletResponse first = perform(form(post(edit), mbe, jobcenter.toString(), "2025-02-01",
                "2026-01-31").param("version", "0").with(as(DemoAccounts.COUNTY_ADMIN)));
        MockHttpServletResponse stale = perform(form(post(edit), mbe, jobcenter.toString(), "2025-02-01", "")
                .param("version", "0").with(as(DemoAccounts.COORDINATOR)));

        assertThat(formPage).contains("value=\"2025-02-01\"").contains("Sprachcafé");
        assertThat(first.getRedirectedUrl()).isEqualTo(BASE);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.getContentAsString()).select("#error-summary").text())
                .contains("inzwischen");
        CooperationListItem saved = cooperations.get(id, coordinator());
        assertThat(saved.type()).isEqualTo(CooperationType.REFERRAL);
        assertThat(saved.validUntil()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(saved.current()).isFalse();
    }

    @Test
    void deletesACooperationAfterTheConfirmationPage() throws Exception {
        CooperationId id = cooperation(organisation("Beratung"), organisation("Jobcenter"));

        String confirmation = perform(get(BASE + "/" + id + "/delete").with(as(DemoAccounts.COORDINATOR)))
                .getContentAsString();
        MockHttpServletResponse deleted = perform(post(BASE + "/" + id + "/delete").with(csrf())
                .with(as(DemoAccounts.COORDINATOR)));

        assertThat(confirmation).contains("Kooperation löschen?").contains("action=\"" + BASE + "/" + id + "/delete\"");
        assertThat(deleted.getRedirectedUrl()).isEqualTo(BASE);
        assertThat(cooperations.exists(id)).isFalse();
    }

    @Test
    void answersNotFoundForAnotherDistrictsCooperationAndLeavesItAlone() throws Exception {
        CooperationId own = cooperation(organisation("Beratung"), organisation("Jobcenter"));

        assertThat(perform(get(BASE + "/" + DirectoryDemoIds.SOE_COOPERATION + "/edit")
                .with(as(DemoAccounts.COORDINATOR))).getStatus()).isEqualTo(404);
        assertThat(perform(post(BASE + "/" + own + "/delete").with(csrf()).with(as(DemoAccounts.OTHER_COORDINATOR)))
                .getStatus()).isEqualTo(404);
        assertThat(perform(get(BASE + "/" + own + "/edit").with(as(DemoAccounts.OTHER_COUNTY_ADMIN))).getStatus())
                .isEqualTo(404);
        assertThat(cooperations.exists(own)).isTrue();
    }

    @Test
    void anOrganisationWithCooperationsCannotBeDeleted() {
        OrganisationId mbe = organisation("Beratung");
        cooperation(mbe, organisation("Jobcenter"));

        RemovalCheck check = organisations.removalCheck(mbe, coordinator());

        assertThat(check.removable()).isFalse();
        assertThat(check.blockers()).extracting(RemovalCheck.Blocker::messageKey)
                .contains("directory.organisation.delete.blocker.cooperations");
    }

    @Test
    void showsMunicipalityStaffTheCooperationsOfTheirMunicipalityReadOnly() throws Exception {
        String municipality = perform(get(BASE).param("period", "all").with(as(DemoAccounts.MUNICIPALITY)))
                .getContentAsString();
        String coordinator = perform(get(BASE).param("period", "all").with(as(DemoAccounts.COORDINATOR)))
                .getContentAsString();

        assertThat(municipality).contains("Polizeirevier Freiberg")
                .doesNotContain("Jugendmigrationsdienst Döbeln")
                .doesNotContain("href=\"/app/directory/cooperations/new\"")
                .doesNotContain("/edit\"");
        assertThat(coordinator).contains("href=\"/app/directory/cooperations/new\"");
        assertThat(perform(get(BASE + "/new").with(as(DemoAccounts.MUNICIPALITY))).getStatus()).isEqualTo(403);
    }
}
