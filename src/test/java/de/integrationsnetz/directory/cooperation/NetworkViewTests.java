package de.integrationsnetz.directory.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.integrationsnetz.coordination.team.CoordinationDemo;
import de.integrationsnetz.directory.DirectoryTestUsers;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.web.NodeGroup;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The network per municipality and per organisation, built from the demo cooperations, and its page. */
@IntegrationTest
class NetworkViewTests {

    static final DistrictKey MS = DirectoryDemoIds.MITTELSACHSEN;
    static final MunicipalityKey FREIBERG = MunicipalityKey.of("14522180");
    static final MunicipalityKey FLOEHA = MunicipalityKey.of("14522140");

    @Autowired
    NetworkViews networks;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    CurrentUser demo(String email) {
        return new DirectoryTestUsers(userDetails, accountRepository, passwordEncoder).demo(email);
    }

    static OrganisationId ms(int n) {
        return DirectoryDemoIds.organisation(MS, n);
    }

    static List<OrganisationId> organisationsOf(NetworkView view) {
        return view.organisations().stream().map(node -> OrganisationId.of(node.party().id())).toList();
    }

    MockHttpServletResponse page(String path, String account) throws Exception {
        return mvc.perform(get(path).with(user(userDetails.loadUserByUsername(account)))).andReturn().getResponse();
    }

    @Test
    void aMunicipalityNetworkHoldsTheOrganisationsSeatedInItOrServingItAndTheirRunningCooperations() {
        NetworkView freiberg = networks.forMunicipality(demo(DemoAccounts.COORDINATOR), FREIBERG);

        assertThat(organisationsOf(freiberg))
                .contains(ms(1), ms(2), ms(9))
                .doesNotContain(ms(3), ms(4), ms(7), DirectoryDemoIds.SOE_ORGANISATION);
        assertThat(freiberg.edges()).extracting(CooperationListItem::id)
                .contains(DirectoryDemoIds.cooperation(MS, 12), DirectoryDemoIds.cooperation(MS, 19))
                .as("a cooperation with an organisation outside Freiberg")
                .doesNotContain(DirectoryDemoIds.cooperation(MS, 1), DirectoryDemoIds.cooperation(MS, 15));
        assertThat(freiberg.edges()).allSatisfy(edge -> assertThat(edge.current()).isTrue());
        assertThat(freiberg.coordinators()).extracting(node -> node.party().id())
                .as("the coordinator who looks after Freiberg").contains(CoordinationDemo.COORDINATOR_FREIBERG);
    }

    @Test
    void anOrganisationNetworkReachesItsDirectPartnersAndTheirPartnersOnRequest() {
        CurrentUser coordinator = demo(DemoAccounts.COORDINATOR);

        NetworkView oneHop = networks.forOrganisation(coordinator, ms(4), 1);
        NetworkView twoHops = networks.forOrganisation(coordinator, ms(4), 2);

        assertThat(oneHop.centre()).isEqualTo("o-" + ms(4).value());
        assertThat(organisationsOf(oneHop)).contains(ms(4), ms(3), ms(5), ms(2), ms(1))
                .as("two hops away, or only through an ended cooperation").doesNotContain(ms(13), ms(12), ms(11));
        assertThat(oneHop.coordinators()).isNotEmpty();
        assertThat(organisationsOf(twoHops)).contains(ms(13), ms(12));
        assertThat(twoHops.node("o-" + ms(13).value())).get().extracting(NetworkNode::hop).isEqualTo(2);
        assertThat(networks.forOrganisation(coordinator, ms(4), 7).hops()).isEqualTo(NetworkViews.MAX_HOPS);
    }

    @Test
    void thePageDrawsEveryNodeAndEdgeWithATitleAndOffersTheTableAsAlternative() throws Exception {
        MockHttpServletResponse response = page("/app/directory/network?municipality=14522180", DemoAccounts.COORDINATOR);
        Document html = Jsoup.parse(response.getContentAsString());

        assertThat(response.getStatus()).isEqualTo(200);
        Element svg = html.selectFirst("svg.net-graph");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("aria-label")).isNotBlank();
        assertThat(svg.attr("aria-describedby")).isEqualTo("network-drawing-hint");
        List<Element> nodes = svg.select(".net-nodes > a, .net-nodes > g");
        List<Element> edges = svg.select(".net-edges > line");
        assertThat(nodes).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(node -> assertThat(node.selectFirst("> title")).isNotNull())
                .allSatisfy(node -> assertThat(node.selectFirst("> path")).isNotNull());
        assertThat(edges).isNotEmpty().allSatisfy(edge -> assertThat(edge.selectFirst("> title")).isNotNull());
        assertThat(svg.select(".net-nodes > a")).allSatisfy(link -> {
            assertThat(link.attr("href")).startsWith("/app/directory/organisations/");
            assertThat(link.attr("aria-label")).isNotBlank();
        });
        assertThat(svg.select("title").eachText()).anyMatch(title -> title.contains("Integrationsverein Freiberg"));
        assertThat(svg.select("[style]")).as("no inline styles (CSP)").isEmpty();

        Element table = html.selectFirst("table#network-table");
        assertThat(table).isNotNull();
        assertThat(table.selectFirst("caption").text()).isNotBlank();
        assertThat(table.select("tbody")).as("one row group per node").hasSize(nodes.size());
        assertThat(html.select(".net-legend__item")).hasSize(NodeGroup.values().length + CooperationType.values().length);
        assertThat(html.select("[data-network-map]")).hasSize(1);
        assertThat(html.select("script[src*=/js/directory-network]")).hasSize(1);
    }

    @Test
    void aMunicipalityUserSeesTheirOwnMunicipalityAndIsDeniedAnother() throws Exception {
        assertThat(page("/app/directory/network?municipality=14522180", DemoAccounts.MUNICIPALITY).getStatus())
                .isEqualTo(200);
        assertThat(page("/app/directory/network", DemoAccounts.MUNICIPALITY).getContentAsString())
                .as("their only municipality is preselected").contains("network-table");
        assertThat(page("/app/directory/network?municipality=14522140", DemoAccounts.MUNICIPALITY).getStatus())
                .isEqualTo(403);
        assertThat(page("/app/directory/network?municipality=14628270", DemoAccounts.MUNICIPALITY).getStatus())
                .isEqualTo(404);
        assertThat(page("/app/directory/organisations/" + ms(3) + "/network", DemoAccounts.MUNICIPALITY).getStatus())
                .as("an organisation of another municipality").isEqualTo(403);

        CurrentUser municipality = demo(DemoAccounts.MUNICIPALITY);
        assertThatThrownBy(() -> networks.forMunicipality(municipality, FLOEHA))
                .isInstanceOf(AccessDeniedException.class);
        Document own = Jsoup.parse(page("/app/directory/organisations/" + ms(1) + "/network", DemoAccounts.MUNICIPALITY)
                .getContentAsString());
        assertThat(own.select("svg.net-graph .net-nodes > a")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.attr("href")).endsWith("/network"));
    }

    @Test
    void aCoordinatorGetsNotFoundForAnotherDistrictsNetwork() {
        CurrentUser coordinator = demo(DemoAccounts.COORDINATOR);

        assertThatThrownBy(() -> networks.forMunicipality(coordinator, MunicipalityKey.of("14628270")))
                .isInstanceOf(NotInScope.class);
        assertThatThrownBy(() -> networks.forOrganisation(coordinator, DirectoryDemoIds.SOE_ORGANISATION, 1))
                .isInstanceOf(NotInScope.class);
    }
}
