package de.integrationsnetz.directory.demo;

import static de.integrationsnetz.directory.cooperation.CooperationType.COORDINATOR_SUPPORT;
import static de.integrationsnetz.directory.cooperation.CooperationType.FUNDING;
import static de.integrationsnetz.directory.cooperation.CooperationType.JOINT_OFFER;
import static de.integrationsnetz.directory.cooperation.CooperationType.NETWORK_MEMBERSHIP;
import static de.integrationsnetz.directory.cooperation.CooperationType.OTHER;
import static de.integrationsnetz.directory.cooperation.CooperationType.PARTNERSHIP_AGREEMENT;
import static de.integrationsnetz.directory.cooperation.CooperationType.REFERRAL;
import static de.integrationsnetz.directory.cooperation.CooperationType.UMBRELLA;
import static de.integrationsnetz.directory.cooperation.CooperationType.WORKING_GROUP;

import de.integrationsnetz.coordination.CoordinationQueries;
import de.integrationsnetz.coordination.CoordinatorSummary;
import de.integrationsnetz.directory.CooperationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.cooperation.CooperationDetails;
import de.integrationsnetz.directory.cooperation.CooperationManagement;
import de.integrationsnetz.directory.cooperation.CooperationType;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About forty demo cooperations among the demo organisations of Mittelsachsen (14522) and Sächsische
 * Schweiz-Osterzgebirge (14628): referrals between migration counselling and the job centres, network memberships,
 * funding and umbrella relations, and support by the demo coordinators (read through
 * {@link CoordinationQueries#coordinatorsOf}: the coordinator who looks after the named municipality). Each is created
 * once with a fixed id ({@link DirectoryDemoIds#cooperation}), marked as demo; a few have ended, so the list's "all"
 * filter shows more than the network. Runs after the demo organisations.
 */
@Component
@ConditionalOnBooleanProperty("app.demo.enabled")
@Order(40)
class CooperationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CooperationDemoData.class);

    /**
     * One demo cooperation: organisation number n of the district, and either partner organisation number m or the
     * coordinator of a municipality (AGS).
     */
    record Demo(int n, CooperationType type, int organisation, int partner, @Nullable String coordinatorOf,
            String from, @Nullable String until, @Nullable String note) {}

    private static Demo with(int n, CooperationType type, int organisation, int partner, String from) {
        return new Demo(n, type, organisation, partner, null, from, null, null);
    }

    private static Demo ended(int n, CooperationType type, int organisation, int partner, String from, String until) {
        return new Demo(n, type, organisation, partner, null, from, until, null);
    }

    private static Demo supported(int n, CooperationType type, int organisation, String municipality, String from) {
        return new Demo(n, type, organisation, 0, municipality, from, null, null);
    }

    static final List<Demo> MITTELSACHSEN = List.of(
            new Demo(1, REFERRAL, 4, 3, null, "2022-03-01", null,
                    "Feste Sprechstunde der MBE im Jobcenter, jeden zweiten Dienstag."),
            with(2, REFERRAL, 3, 4, "2022-03-01"),
            with(3, REFERRAL, 5, 3, "2021-09-01"),
            with(4, REFERRAL, 2, 4, "2023-01-15"),
            with(5, PARTNERSHIP_AGREEMENT, 2, 3, "2020-01-01"),
            with(6, JOINT_OFFER, 1, 7, "2023-04-01"),
            with(7, NETWORK_MEMBERSHIP, 1, 13, "2022-01-01"),
            with(8, NETWORK_MEMBERSHIP, 6, 13, "2022-01-01"),
            with(9, NETWORK_MEMBERSHIP, 10, 13, "2022-06-01"),
            with(10, NETWORK_MEMBERSHIP, 11, 13, "2022-06-01"),
            with(11, WORKING_GROUP, 4, 5, "2021-05-01"),
            with(12, WORKING_GROUP, 9, 1, "2023-09-01"),
            with(13, UMBRELLA, 6, 7, "2019-06-01"),
            ended(14, FUNDING, 6, 8, "2024-01-01", "2025-12-31"),
            with(15, REFERRAL, 1, 4, "2023-02-01"),
            with(16, JOINT_OFFER, 8, 10, "2024-09-01"),
            with(17, OTHER, 12, 5, "2022-11-01"),
            ended(18, PARTNERSHIP_AGREEMENT, 11, 4, "2023-03-01", "2024-06-30"),
            supported(19, COORDINATOR_SUPPORT, 1, "14522180", "2023-01-01"),
            supported(20, COORDINATOR_SUPPORT, 7, "14522140", "2023-05-01"),
            supported(21, COORDINATOR_SUPPORT, 8, "14522500", "2024-02-01"),
            supported(22, COORDINATOR_SUPPORT, 3, "14522080", "2022-10-01"),
            supported(23, NETWORK_MEMBERSHIP, 13, "14522180", "2022-01-01"),
            supported(24, COORDINATOR_SUPPORT, 4, "14522360", "2023-08-01"));

    static final List<Demo> SAECHSISCHE_SCHWEIZ = List.of(
            new Demo(1, REFERRAL, 4, 1, null, "2021-04-01", null,
                    "Verweise mit Einverständniserklärung; monatliche Fallbesprechung."),
            with(2, REFERRAL, 5, 1, "2022-02-01"),
            with(3, PARTNERSHIP_AGREEMENT, 1, 2, "2019-01-01"),
            with(4, REFERRAL, 1, 10, "2023-06-01"),
            with(5, NETWORK_MEMBERSHIP, 4, 9, "2020-09-01"),
            with(6, NETWORK_MEMBERSHIP, 11, 9, "2022-03-01"),
            with(7, NETWORK_MEMBERSHIP, 3, 9, "2020-09-01"),
            with(8, FUNDING, 3, 6, "2024-01-01"),
            with(9, FUNDING, 3, 7, "2024-01-01"),
            with(10, UMBRELLA, 11, 6, "2021-01-01"),
            with(11, WORKING_GROUP, 4, 5, "2022-05-01"),
            with(12, JOINT_OFFER, 8, 5, "2023-04-15"),
            supported(13, COORDINATOR_SUPPORT, 3, "14628270", "2022-01-01"),
            supported(14, COORDINATOR_SUPPORT, 6, "14628060", "2023-03-01"),
            supported(15, COORDINATOR_SUPPORT, 7, "14628360", "2023-09-01"),
            supported(16, COORDINATOR_SUPPORT, 9, "14628110", "2021-11-01"),
            ended(17, REFERRAL, 2, 10, "2022-01-01", "2024-12-31"));

    private final CooperationManagement cooperations;
    private final OrganisationManagement organisations;
    private final CoordinationQueries coordination;

    CooperationDemoData(CooperationManagement cooperations, OrganisationManagement organisations,
            CoordinationQueries coordination) {
        this.cooperations = cooperations;
        this.organisations = organisations;
        this.coordination = coordination;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = seed(DirectoryDemoIds.MITTELSACHSEN, MITTELSACHSEN)
                + seed(DirectoryDemoIds.SAECHSISCHE_SCHWEIZ, SAECHSISCHE_SCHWEIZ);
        if (created > 0) {
            log.info("Created {} demo cooperations", created);
        }
    }

    private int seed(DistrictKey district, List<Demo> demos) {
        List<CoordinatorSummary> coordinators = coordination.coordinatorsOf(district);
        int created = 0;
        for (Demo demo : demos) {
            CooperationId id = DirectoryDemoIds.cooperation(district, demo.n());
            OrganisationId organisation = DirectoryDemoIds.organisation(district, demo.organisation());
            if (cooperations.exists(id) || !organisations.exists(organisation)) {
                continue;
            }
            OrganisationId partner = null;
            if (demo.coordinatorOf() == null) {
                partner = DirectoryDemoIds.organisation(district, demo.partner());
                if (!organisations.exists(partner)) {
                    continue;
                }
            }
            Optional<CoordinatorSummary> coordinator = demo.coordinatorOf() == null ? Optional.empty()
                    : coordinatorOf(coordinators, MunicipalityKey.of(demo.coordinatorOf()));
            if (demo.coordinatorOf() != null && coordinator.isEmpty()) {
                continue;
            }
            cooperations.register(id, district, new CooperationDetails(demo.type(), organisation, partner,
                    coordinator.map(CoordinatorSummary::id).orElse(null), LocalDate.parse(demo.from()),
                    demo.until() == null ? null : LocalDate.parse(demo.until()), demo.note()), true);
            created++;
        }
        return created;
    }

    /** The coordinator who looks after the municipality; else the district's first (demo data must not fail). */
    private static Optional<CoordinatorSummary> coordinatorOf(List<CoordinatorSummary> coordinators,
            MunicipalityKey municipality) {
        return coordinators.stream().filter(c -> c.looksAfter(municipality)).findFirst()
                .or(() -> coordinators.stream().findFirst());
    }
}
