package de.integrationsnetz.directory.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationView;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.organisation.OrganisationView;
import de.integrationsnetz.directory.schedule.Attendance;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.directory.translation.Translations;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Every column and collection of an offer survives a round trip through PostgreSQL; sites follow their location. */
@IntegrationTest
class OfferStorageTests {

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void storesAndReadsBackEveryPartOfAnOffer() {
        OfferId id = OfferId.random();
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        LocalDate today = LocalDate.of(2026, 3, 2);
        OrganisationRef owner = new OrganisationRef(DirectoryDemoIds.MS_DEMO_ORGANISATION,
                DirectoryDemoIds.MITTELSACHSEN, "Integrationsverein Freiberg e. V. (Demo)", true);
        UUID location = DirectoryDemoIds.MS_DEMO_LOCATION.value();
        UUID scheduleId = UUID.randomUUID();
        OfferContent content = new OfferContent("Sprachcafé Test", "Wir sprechen Deutsch.", "kostenlos", null, null,
                null, "https://example.org", "cafe@example.org", "03731 1234", null,
                new OfferFlags(true, false, false, true, true, true, false, false), false, 16, null, null, null,
                new CourseDetails(CourseLevel.A1, today.plusDays(10), today.plusDays(100), 20, 5, today.plusDays(5)),
                List.of(new Classification(UUID.randomUUID(), "integrationsnetz-angebote", "spracherwerb.sprachcafe")),
                List.of("ar", "de"), List.of("14522170"),
                List.of(new SiteData(location, "Raum 2", 50.91, 13.34, "14522170", "09599", "Freiberg")),
                List.of(DirectoryDemoIds.MS_DEMO_CONTACT),
                List.of(new ScheduleData(scheduleId, null, ScheduleKind.RECURRING, "FREQ=WEEKLY;BYDAY=TU", today,
                        LocalTime.of(10, 0), LocalTime.of(12, 0), null, null, Attendance.IN_PERSON, null)));
        transactions.executeWithoutResult(tx -> {
            Offer offer = new Offer(id, owner, content, Actor.system(), now, today, false);
            offer.translate(TranslatedField.NAME, ContentLanguage.EN, "Language café", false, Actor.system(), now);
            offer.publish(Actor.system(), now);
            entityManager.persist(offer);
        });
        transactions.executeWithoutResult(tx -> {
            Offer offer = entityManager.find(Offer.class, id.value());
            offer.edit(content, Actor.system(), now, today);
            offer.proposeRevision(new OfferContent("Sprachcafé neu", "Neu.", null, null, null, null, null, null, null,
                    null, new OfferFlags(false, false, false, false, false, false, true, false), true, null, null,
                    null, null, null, null, null, null, null, null, null), Actor.system(), now);
        });
        transactions.executeWithoutResult(tx -> {
            Offer offer = entityManager.find(Offer.class, id.value());
            assertThat(offer.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(offer.content()).isEqualTo(content);
            assertThat(offer.nextStart()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(offer.pendingRevision()).hasValueSatisfying(revision -> {
                assertThat(revision.name()).isEqualTo("Sprachcafé neu");
                assertThat(revision.wholeDistrict()).isTrue();
            });
            assertThat(Translations.statusOf(offer.translations(), TranslatedField.NAME, ContentLanguage.EN))
                    .isEqualTo(TranslationStatus.CURRENT);
            assertThat(offer.sites()).singleElement().satisfies(site -> assertThat(site.city()).isEqualTo("Freiberg"));
            assertThat(offer.languages()).isEqualTo(Set.of("de", "ar"));
            entityManager.remove(offer);
        });
    }

    @Autowired
    OfferManagement offers;

    @Autowired
    LocationManagement locations;

    @Autowired
    OrganisationManagement organisationManagement;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Test
    void followsALocationThatMovedToAnotherTownWithoutAnyFurtherCall() {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        CurrentUser coordinator = fixtures.coordinator();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Umzugshelfer"));
        LocationView place = locations.locationsOf(organisation, coordinator).get(0);
        OfferId id = offerAt(coordinator, organisation, place, "Umzugshilfe");

        locations.change(organisation, place.id(), coordinator, place.version(), new LocationDetails(place.type(),
                place.name(), null, new Address("Markt 1", null, "04703", "Leisnig"), null, null, null, null, false),
                null);

        assertThat(offers.get(id, coordinator).content().sites()).singleElement().satisfies(site -> {
            assertThat(site.city()).isEqualTo("Leisnig");
            assertThat(site.postalCode()).isEqualTo("04703");
        });
    }

    @Test
    void aLocationWhereAnOfferTakesPlaceCannotBeDeleted() {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        CurrentUser coordinator = fixtures.coordinator();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Nähcafé"));
        LocationView place = locations.locationsOf(organisation, coordinator).get(0);
        offerAt(coordinator, organisation, place, "Nähcafé");

        assertThatThrownBy(() -> locations.remove(organisation, place.id(), coordinator))
                .isInstanceOf(DirectoryRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "directory.location.in-use");
        assertThat(locations.locationsOf(organisation, coordinator)).extracting(LocationView::id).contains(place.id());
    }

    @Test
    void anOrganisationsNewNameReachesItsOffersWithoutAnyFurtherCall() {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        CurrentUser coordinator = fixtures.coordinator();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Kleiderkammer"));
        OfferId id = offerAt(coordinator, organisation, locations.locationsOf(organisation, coordinator).get(0),
                "Kleidung für alle");
        OrganisationView before = organisationManagement.get(organisation, coordinator);
        String newName = OfferFixtures.unique("Sozialkaufhaus");

        organisationManagement.change(organisation, coordinator, before.version(), new OrganisationDetails(newName,
                before.type(), before.description(), before.address(), before.phone(), before.email(),
                before.website(), before.maintainerEmail(), before.seatMunicipality(),
                Set.copyOf(before.servedMunicipalities()), before.status()), before.coordinates());

        assertThat(offers.get(id, coordinator).providerName()).isEqualTo(newName);
    }

    @Test
    void theAuditTrailFilesAnOffersSitesUnderTheOffersDistrict() {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        CurrentUser coordinator = fixtures.coordinator();
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Fahrradwerkstatt"));
        LocationView place = locations.locationsOf(organisation, coordinator).get(0);

        OfferId id = offerAt(coordinator, organisation, place, "Fahrräder reparieren");

        assertThat(jdbc.queryForList("select district_key from audit.audit_entries where entity_type = ? "
                + "and entity_id = ?", String.class, "directory.OfferSite",
                OfferSite.idFor(id.value(), place.id().value()).toString()))
                .containsExactly(offers.get(id, coordinator).district().value());
    }

    /** An offer of the organisation that takes place at {@code place}. */
    private OfferId offerAt(CurrentUser coordinator, OrganisationId organisation, LocationView place, String name) {
        OfferContent online = OfferContents.online(name);
        return offers.create(coordinator, organisation, new OfferContent(online.name(), online.description(),
                null, null, null, null, null, null, null, null, online.flags(), false, null, null, null, null,
                CourseDetails.NONE, List.of(), List.of(), List.of(),
                List.of(new SiteData(place.id().value(), null, null, null, null, null, null)), List.of(), List.of()));
    }
}
