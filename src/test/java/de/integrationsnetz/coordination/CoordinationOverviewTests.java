package de.integrationsnetz.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.integrationsnetz.coordination.team.CoordinationDemo;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CoordinationOverviewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoordinationQueries coordination;

    @Autowired
    GeographyQueries geography;

    MockHttpServletResponse getAs(String account, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(users.loadUserByUsername(account))))
                .andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    Document pageAs(String account, String url) throws Exception {
        MockHttpServletResponse response = getAs(account, url);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void saechsischeSchweizHasNineCoordinatorsOnSevenAndAHalfFte() throws Exception {
        DistrictStaffing staffing = coordination.staffing(CoordinationDemo.SAECHSISCHE_SCHWEIZ);
        assertThat(staffing.headCount()).isEqualTo(9);
        assertThat(staffing.fte()).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(staffing.municipalitiesCovered()).isEqualTo(staffing.municipalitiesTotal()).isEqualTo(36);

        Document page = pageAs(DemoAccounts.OTHER_COUNTY_ADMIN, "/app/coordination");
        assertThat(page.select("h1").text()).contains("Sächsische Schweiz-Osterzgebirge");
        assertThat(page.select("#kpi-head-count .in-kpi__value").text()).isEqualTo("9 von 10");
        assertThat(page.select("#kpi-fte .in-kpi__value").text()).isEqualTo("7,50");
        assertThat(page.select("#kpi-municipalities .in-kpi__value").text()).isEqualTo("36 / 36");
        assertThat(page.select("#cap-warning")).isEmpty();
        assertThat(page.select("#workload tbody tr")).hasSize(9);
    }

    @Test
    void mittelsachsenHasEightCoordinatorsAndThreeMunicipalitiesWithoutCoordinator() throws Exception {
        List<MunicipalitySummary> smallest = geography.municipalitiesOf(CoordinationDemo.MITTELSACHSEN).stream()
                .sorted(Comparator.comparingLong(MunicipalitySummary::population))
                .limit(CoordinationDemo.UNASSIGNED_IN_MITTELSACHSEN)
                .sorted(Comparator.comparing(MunicipalitySummary::name))
                .toList();

        Document page = pageAs(DemoAccounts.COUNTY_ADMIN, "/app/coordination");

        assertThat(page.select("#kpi-head-count .in-kpi__value").text()).isEqualTo("8 von 10");
        assertThat(page.select("#kpi-municipalities .in-kpi__value").text()).isEqualTo("49 / 52");
        List<Element> rows = page.select("#uncovered tbody tr");
        assertThat(rows).extracting(row -> row.selectFirst("a").text())
                .containsExactlyElementsOf(smallest.stream().map(MunicipalitySummary::name).toList());
        assertThat(rows).extracting(row -> row.selectFirst("a").attr("href"))
                .containsExactlyElementsOf(smallest.stream().map(m -> "/municipalities/" + m.key().value()).toList());
        assertThat(page.select("#workload tbody tr")).hasSize(8);
    }

    @Test
    void coordinatorsReadTheOverviewOfTheirDistrictWithoutManagementActions() throws Exception {
        Document page = pageAs(DemoAccounts.COORDINATOR, "/app/coordination");

        assertThat(page.select("h1").text()).contains("Mittelsachsen");
        assertThat(page.select("a[href=/app/coordination/coordinators/new]")).isEmpty();
        assertThat(page.select("#workload").text()).contains(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME);
    }

    @Test
    void sortsTheWorkloadByInhabitantsPerFte() throws Exception {
        Document page = pageAs(DemoAccounts.COUNTY_ADMIN, "/app/coordination?sort=per-fte&dir=desc");

        List<Long> perFte = page.select("#workload tbody tr").stream()
                .map(row -> Long.parseLong(row.select("td").last().text().replace(".", "")))
                .toList();
        assertThat(perFte).hasSize(8).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(page.select("#workload th[aria-sort=descending]").text()).isEqualTo("Einwohner je VzÄ");
    }

    @Test
    void exportsTheWorkloadAsCsv() throws Exception {
        MockHttpServletResponse response = getAs(DemoAccounts.COUNTY_ADMIN, "/app/coordination/workload.csv");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("workload-14522.csv");
        assertThat(response.getContentAsString().lines()).hasSize(9);
        assertThat(response.getContentAsString()).contains("\"" + CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME
                + "\";\"Freiberg\";1,00;");
    }

    @Test
    void theStateObserverSeesFiguresOfEveryDistrictButNoNamesOrContacts() throws Exception {
        MockHttpServletResponse response = getAs(DemoAccounts.STATE_OBSERVER, "/app/coordination");
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(page.select("tbody tr[data-district]")).hasSize(13);
        Element soe = page.selectFirst("tr[data-district=14628]");
        assertThat(soe.select("td").get(0).text()).isEqualTo("9");
        assertThat(soe.select("td").get(1).text()).isEqualTo("7,50");
        assertThat(soe.select("td").get(2).text()).isEqualTo("36 / 36");
        Element mittelsachsen = page.selectFirst("tr[data-district=14522]");
        assertThat(mittelsachsen.select("td").get(0).text()).isEqualTo("8");
        assertThat(mittelsachsen.select("td").get(2).text()).isEqualTo("49 / 52");

        String main = page.select("main").html();
        assertThat(main).doesNotContain(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME)
                .doesNotContain(CoordinationDemo.DEMO_UNPUBLISHED_NAME)
                .doesNotContain("@demo.integrationsnetz.de")
                .doesNotContain("555-")
                .doesNotContain("/app/coordination/coordinators/");
    }

    @Test
    void theStateObserverCannotOpenListsOrTheExport() throws Exception {
        assertThat(getAs(DemoAccounts.STATE_OBSERVER, "/app/coordination/coordinators").getStatus()).isEqualTo(403);
        assertThat(getAs(DemoAccounts.STATE_OBSERVER, "/app/coordination/offices").getStatus()).isEqualTo(403);
        assertThat(getAs(DemoAccounts.STATE_OBSERVER, "/app/coordination/workload.csv").getStatus()).isEqualTo(403);
    }

    @Test
    void listsCoordinatorsWithSearchAndStatusFilter() throws Exception {
        Document page = pageAs(DemoAccounts.COORDINATOR, "/app/coordination/coordinators?q=katrin");

        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(page.select("tbody tr").text()).contains(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME);

        Document ended = pageAs(DemoAccounts.COORDINATOR, "/app/coordination/coordinators?status=ended");
        assertThat(ended.select("tbody tr")).isEmpty();

        Document byFte = pageAs(DemoAccounts.COUNTY_ADMIN, "/app/coordination/coordinators?sort=fte&dir=asc");
        assertThat(byFte.select("tbody tr").first().text()).contains("Sabine Beispiel (Demo)");
    }

    @Test
    void listsOfficesWithSearch() throws Exception {
        Document page = pageAs(DemoAccounts.COUNTY_ADMIN, "/app/coordination/offices?q=09599");

        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(page.select("tbody tr").text()).contains("Am Rotvorwerk 3");

        Document all = pageAs(DemoAccounts.OTHER_COUNTY_ADMIN, "/app/coordination/offices?sort=city");
        assertThat(all.select("tbody th a")).extracting(Element::text)
                .containsExactly("Dippoldiswalde", "Freital", "Pirna", "Sebnitz");
    }
}
