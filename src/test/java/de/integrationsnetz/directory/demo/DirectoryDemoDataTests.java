package de.integrationsnetz.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.organisation.OrganisationFilter;
import de.integrationsnetz.directory.organisation.OrganisationListItem;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationView;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class DirectoryDemoDataTests {

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsTheDemoProvidersOrganisationInMittelsachsenWithItsFixedId() {
        CurrentUser provider = (CurrentUser) userDetails.loadUserByUsername(DemoAccounts.PROVIDER);
        OrganisationView own = organisations.get(DirectoryDemoIds.MS_DEMO_ORGANISATION, provider);

        assertThat(own.id().value()).isEqualTo(DemoAccounts.DEMO_ORGANISATION);
        assertThat(own.district()).isEqualTo(DemoAccounts.MITTELSACHSEN);
        assertThat(own.demo()).isTrue();
        assertThat(own.contacts()).extracting(c -> c.id())
                .contains(DirectoryDemoIds.MS_DEMO_CONTACT, DirectoryDemoIds.contact(DemoAccounts.MITTELSACHSEN, 1, 2));
        assertThat(own.contacts()).anyMatch(c -> c.publishConsent()).anyMatch(c -> !c.publishConsent());
    }

    @Test
    void createsAboutFortyDemoOrganisationsMostOfThemInMittelsachsen() {
        List<UUID> fileIds = DirectoryDemoData.read().stream()
                .map(demo -> DirectoryDemoIds.organisation(de.integrationsnetz.shared.DistrictKey.of(demo.district()),
                        demo.n()).value())
                .toList();
        long mittelsachsen = demoCount("14522");
        long saxonSwitzerland = demoCount("14628");

        assertThat(mittelsachsen + saxonSwitzerland).isBetween(38L, 46L);
        assertThat(mittelsachsen).isGreaterThan(saxonSwitzerland);
        assertThat(saxonSwitzerland).isGreaterThanOrEqualTo(15L);
        assertThat(fileIds).doesNotHaveDuplicates().hasSize((int) (mittelsachsen + saxonSwitzerland));
        assertThat(jdbc.sql("select count(distinct type) from directory.organisations where demo").query(Long.class)
                .single()).isGreaterThanOrEqualTo(16);
    }

    @Test
    void demoCoordinatorSeesTheDemoOrganisationsOfTheirDistrictOnly() {
        CurrentUser coordinator = (CurrentUser) userDetails.loadUserByUsername(DemoAccounts.OTHER_COORDINATOR);
        List<OrganisationListItem> visible = organisations.list(coordinator, OrganisationFilter.NONE,
                PageRequest.of(0, 200, Sort.by("nameKey"))).getContent();

        assertThat(visible).extracting(OrganisationListItem::id).contains(DirectoryDemoIds.SOE_ORGANISATION)
                .doesNotContain(DirectoryDemoIds.MS_DEMO_ORGANISATION, DirectoryDemoIds.MS_OTHER_ORGANISATION);
    }

    private long demoCount(String district) {
        return jdbc.sql("select count(*) from directory.organisations where demo and district_key = :district")
                .param("district", district)
                .query(Long.class)
                .single();
    }
}
