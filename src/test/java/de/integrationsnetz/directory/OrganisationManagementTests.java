package de.integrationsnetz.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.location.LocationView;
import de.integrationsnetz.directory.organisation.ContactDetails;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationFilter;
import de.integrationsnetz.directory.organisation.OrganisationInUse;
import de.integrationsnetz.directory.organisation.OrganisationListItem;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.organisation.OrganisationView;
import de.integrationsnetz.directory.organisation.PossibleDuplicate;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Organisations through their service: scope per role and district, rules, duplicates, conflicts, deletion, audit. */
@IntegrationTest
class OrganisationManagementTests {

    static final MunicipalityKey FREIBERG = MunicipalityKey.of("14522180");
    static final MunicipalityKey OEDERAN = MunicipalityKey.of("14522440");

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    LocationManagement locations;

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
    JdbcClient jdbc;

    CurrentUser coordinator() {
        return users().demo(DemoAccounts.COORDINATOR);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static OrganisationDetails details(String name, String street) {
        return new OrganisationDetails(name, OrganisationType.VOLUNTEER_INITIATIVE, "Treffpunkt für alle",
                new Address(street, null, "09599", "Freiberg"), "03731 555-9", "treff@example.org", null, null, null,
                Set.of(FREIBERG), OrganisationStatus.ACTIVE);
    }

    OrganisationId create(String name) {
        return organisations.create(coordinator(), details(name, "Schlossplatz 1"), null, false);
    }

    @Nested
    class Scope {

        @Test
        void aCoordinatorOfAnotherDistrictNeitherListsNorOpensMittelsachsensOrganisations() {
            CurrentUser pirna = users().demo(DemoAccounts.OTHER_COORDINATOR);

            List<OrganisationListItem> visible = organisations.list(pirna, OrganisationFilter.NONE,
                    PageRequest.of(0, 500)).getContent();

            assertThat(visible).isNotEmpty().extracting(OrganisationListItem::id)
                    .doesNotContain(DirectoryDemoIds.MS_DEMO_ORGANISATION);
            assertThatThrownBy(() -> organisations.get(DirectoryDemoIds.MS_DEMO_ORGANISATION, pirna))
                    .isInstanceOf(NotInScope.class);
        }

        @Test
        void theDemoProviderListsAndOpensOnlyTheirOwnOrganisation() {
            CurrentUser provider = users().demo(DemoAccounts.PROVIDER);

            Page<OrganisationListItem> visible = organisations.list(provider, OrganisationFilter.NONE,
                    PageRequest.of(0, 25));

            assertThat(visible.getContent()).extracting(OrganisationListItem::id)
                    .containsExactly(DirectoryDemoIds.MS_DEMO_ORGANISATION);
            assertThatThrownBy(() -> organisations.get(DirectoryDemoIds.MS_OTHER_ORGANISATION, provider))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisations.get(DirectoryDemoIds.SOE_ORGANISATION, provider))
                    .isInstanceOf(NotInScope.class);
        }

        @Test
        void aProviderEditsTheirOrganisationButNeitherCreatesNorDeletesOne() {
            OrganisationId id = create(unique("Nachbarschaftshilfe"));
            CurrentUser provider = users().providerOf(id, DemoAccounts.MITTELSACHSEN);
            OrganisationView before = organisations.get(id, provider);

            organisations.change(id, provider, before.version(), details(before.name(), "Schlossplatz 2"), null);

            assertThat(organisations.get(id, provider).address().street()).isEqualTo("Schlossplatz 2");
            assertThatThrownBy(() -> organisations.create(provider, details(unique("Neu"), "Weg 1"), null, false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisations.remove(id, provider)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Rules {

        @Test
        void takesCoordinatesAndSeatFromThePostalCodeUntilSomeoneSetsThem() {
            OrganisationId id = create(unique("Sprachtreff"));
            OrganisationView created = organisations.get(id, coordinator());

            assertThat(created.coordinateSource()).isEqualTo(CoordinateSource.POSTAL_CODE);
            assertThat(created.coordinates().latitude()).isCloseTo(50.91, within(0.05));
            assertThat(created.coordinates().longitude()).isCloseTo(13.34, within(0.05));
            assertThat(created.seatMunicipality()).isEqualTo(FREIBERG);

            Coordinates pinned = new Coordinates(50.9201, 13.3402);
            organisations.change(id, coordinator(), created.version(), details(created.name(), "Schlossplatz 1"),
                    pinned);
            OrganisationView moved = organisations.get(id, coordinator());
            OrganisationDetails inOederan = new OrganisationDetails(moved.name(), moved.type(), null,
                    new Address("Markt 1", null, "09569", "Oederan"), null, null, null, null, null, Set.of(),
                    OrganisationStatus.ACTIVE);
            organisations.change(id, coordinator(), moved.version(), inOederan, pinned);

            OrganisationView kept = organisations.get(id, coordinator());
            assertThat(kept.coordinates()).isEqualTo(pinned);
            assertThat(kept.coordinateSource()).isEqualTo(CoordinateSource.MAP);
            assertThat(kept.seatMunicipality()).isEqualTo(OEDERAN);
        }

        @Test
        void storesANewOrganisationWithOneInsertAtVersionZero() {
            OrganisationId id = create(unique("Frauencafé"));

            assertThat(organisations.get(id, coordinator()).version()).isZero();
            assertThat(jdbc.sql("select action from audit.audit_entries where entity_id = :id")
                    .param("id", id.toString()).query(String.class).list()).containsExactly("CREATE");
        }

        @Test
        void rejectsMunicipalitiesThatDoNotExistOrLieInAnotherDistrict() {
            OrganisationDetails unknown = new OrganisationDetails(unique("Verein"), OrganisationType.ASSOCIATION, null,
                    Address.NONE, null, null, null, null, null, Set.of(MunicipalityKey.of("14522999")), null);
            OrganisationDetails pirna = new OrganisationDetails(unique("Verein"), OrganisationType.ASSOCIATION, null,
                    Address.NONE, null, null, null, null, null, Set.of(MunicipalityKey.of("14628270")), null);

            assertThatThrownBy(() -> organisations.create(coordinator(), unknown, null, false))
                    .isInstanceOfSatisfying(DirectoryRuleViolation.class, violation -> assertThat(
                            violation.messageKey()).isEqualTo("directory.validation.municipality.unknown"));
            assertThatThrownBy(() -> organisations.create(coordinator(), pirna, null, false))
                    .isInstanceOfSatisfying(DirectoryRuleViolation.class, violation -> assertThat(
                            violation.messageKey()).isEqualTo("directory.validation.municipality.other-district"));
        }

        @Test
        void warnsAboutAnOrganisationWithTheSameNameAndAddressUntilTheUserConfirms() {
            String name = unique("Begegnungscafé Schloßplatz");
            OrganisationId first = organisations.create(coordinator(), details(name, "Bahnhofstraße 7"), null, false);
            OrganisationDetails again = details(name.toUpperCase().replace("É", "E"), "Bahnhofstr. 7");

            assertThatThrownBy(() -> organisations.create(coordinator(), again, null, false))
                    .isInstanceOfSatisfying(PossibleDuplicate.class, duplicate -> assertThat(duplicate.matches())
                            .extracting(OrganisationListItem::id).containsExactly(first));
            assertThat(organisations.create(coordinator(), details(name, "Bahnhofstraße 8"), null, false))
                    .isNotEqualTo(first);
            assertThat(organisations.create(coordinator(), again, null, true)).isNotEqualTo(first);
        }

        @Test
        void refusesAnEditBasedOnAnOutdatedVersion() {
            OrganisationId id = create(unique("Elterncafé"));
            OrganisationView seen = organisations.get(id, coordinator());
            organisations.change(id, coordinator(), seen.version(), details(seen.name(), "Anderer Weg 1"), null);

            assertThatThrownBy(() -> organisations.change(id, coordinator(), seen.version(),
                    details(seen.name(), "Dritter Weg 1"), null))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(organisations.get(id, coordinator()).address().street()).isEqualTo("Anderer Weg 1");
        }

        @Test
        void refusesAContactEditBasedOnAnOutdatedVersion() {
            OrganisationId id = create(unique("Lernpaten"));
            UUID contact = organisations.addContact(id, coordinator(),
                    new ContactDetails("Anna Test", null, null, null, null, false));
            long seen = organisations.contact(id, contact, coordinator()).version();
            organisations.changeContact(id, contact, coordinator(), seen,
                    new ContactDetails("Anna Test", "Leitung", null, null, null, true));

            assertThatThrownBy(() -> organisations.changeContact(id, contact, coordinator(), seen,
                    new ContactDetails("Anna Test", "Kasse", null, null, null, false)))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(organisations.contact(id, contact, coordinator()).publishConsent()).isTrue();
        }
    }

    @Nested
    class Deletion {

        @Test
        void isRefusedWhileLocationsExistAndRemovesContactsWithTheOrganisation() {
            OrganisationId id = create(unique("Fahrradwerkstatt"));
            organisations.addContact(id, coordinator(), new ContactDetails("Ben Test", null, null, null, null, true));
            LocationId place = locations.add(id, coordinator(), new LocationDetails(LocationType.PHYSICAL, "Werkstatt",
                    null, new Address("Hof 3", null, "09599", "Freiberg"), null, null, null, null, false), null);

            assertThat(organisations.removalCheck(id, coordinator()).removable()).isFalse();
            assertThatThrownBy(() -> organisations.remove(id, coordinator()))
                    .isInstanceOfSatisfying(OrganisationInUse.class, inUse -> assertThat(inUse.blockers())
                            .singleElement().satisfies(blocker -> assertThat(blocker.count()).isEqualTo(1)));

            locations.remove(id, place, coordinator());
            assertThat(organisations.removalCheck(id, coordinator()).contacts()).isEqualTo(1);
            organisations.remove(id, coordinator());

            assertThatThrownBy(() -> organisations.get(id, coordinator())).isInstanceOf(NotInScope.class);
            assertThat(jdbc.sql("select count(*) from directory.contact_persons where organisation_id = :id")
                    .param("id", id.value()).query(Long.class).single()).isZero();
        }
    }

    @Nested
    class Locations {

        @Test
        void takeTheirMunicipalityAndCoordinatesFromAnUnambiguousPostalCode() {
            OrganisationId id = create(unique("Kleiderkammer"));
            LocationId place = locations.add(id, coordinator(), new LocationDetails(LocationType.PHYSICAL,
                    "Ausgabestelle", null, new Address("Obermarkt 1", null, "09599", "Freiberg"), null, null, null, null,
                    true), null);

            LocationView view = locations.get(id, place, coordinator());
            assertThat(view.municipality()).isEqualTo(FREIBERG);
            assertThat(view.coordinateSource()).isEqualTo(CoordinateSource.POSTAL_CODE);
            assertThat(view.coordinates().latitude()).isCloseTo(50.91, within(0.05));
        }

        @Test
        void leaveTheMunicipalityOpenWhenThePostalCodeHasSeveral() {
            OrganisationId id = create(unique("Dorfladen"));
            LocationId place = locations.add(id, coordinator(), new LocationDetails(LocationType.PHYSICAL, "Laden", null,
                    new Address("Hauptstraße 1", null, "09661", "Rossau"), null, null, null, null, false), null);

            LocationView view = locations.get(id, place, coordinator());
            assertThat(view.municipality()).isNull();
            assertThat(view.coordinates()).isNotNull();
        }

        @Test
        void ofAnotherOrganisationAreNotFoundUnderThisOne() {
            OrganisationId id = create(unique("Tafel"));

            assertThatThrownBy(() -> locations.get(id, DirectoryDemoIds.MS_DEMO_LOCATION, coordinator()))
                    .isInstanceOf(NotInScope.class);
        }
    }

    @Nested
    class Listing {

        @Test
        void searchesFoldedNamesAndFiltersByTypeAndMunicipality() {
            String marker = UUID.randomUUID().toString().substring(0, 8);
            OrganisationId cafe = create("Müller-Café " + marker);
            OrganisationId school = organisations.create(coordinator(), new OrganisationDetails("Grundschule " + marker,
                    OrganisationType.SCHOOL, null, new Address("Schulweg 1", null, "09569", "Oederan"), null, null,
                    null, null, null, Set.of(OEDERAN), null), null, false);

            assertThat(ids(new OrganisationFilter("MUELLER-cafe " + marker, null, null, null)))
                    .containsExactly(cafe);
            assertThat(ids(new OrganisationFilter(marker, OrganisationType.SCHOOL, null, null)))
                    .containsExactly(school);
            assertThat(ids(new OrganisationFilter(marker, null, OEDERAN, null))).containsExactly(school);
            assertThat(ids(new OrganisationFilter(marker, null, null, null))).containsExactly(school, cafe);
            assertThat(ids(new OrganisationFilter(cafe.toString(), null, null, null))).containsExactly(cafe);
        }

        private List<OrganisationId> ids(OrganisationFilter filter) {
            return organisations.list(coordinator(), filter, PageRequest.of(0, 25, Sort.by("nameKey")))
                    .map(OrganisationListItem::id).getContent();
        }
    }

    @Nested
    class Audit {

        @Test
        void recordsChangesToOrganisationsAndContactPersonsUnderTheirDistrict() {
            OrganisationId id = create(unique("Chor der Kulturen"));
            UUID contact = organisations.addContact(id, coordinator(),
                    new ContactDetails("Clara Test", "Chorleitung", null, "0123", null, true));

            assertThat(auditedDistricts("directory.Organisation", id.toString())).isNotEmpty().containsOnly("14522");
            assertThat(auditedDistricts("directory.ContactPerson", contact.toString())).containsExactly("14522");
            assertThat(jdbc.sql("select changes::text from audit.audit_entries where entity_id = :id")
                    .param("id", contact.toString()).query(String.class).single())
                    .contains("Clara Test", "Chorleitung");
        }

        private List<String> auditedDistricts(String type, String id) {
            return jdbc.sql("select district_key from audit.audit_entries where entity_type = :type and entity_id = :id")
                    .param("type", type).param("id", id).query(String.class).list();
        }
    }
}
