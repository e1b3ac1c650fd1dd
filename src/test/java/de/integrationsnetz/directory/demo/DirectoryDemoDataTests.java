package de.integrationsnetz.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferSite;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.organisation.OrganisationFilter;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.search.FinderQuery;
import de.integrationsnetz.directory.search.OfferSearch;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.annotation.Transactional;
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

    @Autowired
    EntityManager entityManager;

    @Autowired
    TaxonomyCatalog catalog;

    @Autowired
    OfferSearch search;

    @Autowired
    OfferDemoData offerDemoData;

    @Autowired
    DirectoryDemoData organisationDemoData;

    @Autowired
    Clock clock;

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

    @Test
    void createsAboutTwoHundredDemoOffersMostOfThemInMittelsachsen() {
        long mittelsachsen = demoOffers("14522");
        long saxonSwitzerland = demoOffers("14628");

        assertThat(mittelsachsen + saxonSwitzerland).isBetween(190L, 225L);
        assertThat(mittelsachsen).isBetween(110L, 140L).isGreaterThan(saxonSwitzerland);
        assertThat(saxonSwitzerland).isBetween(60L, 95L);
        assertThat(jdbc.sql("select count(*) from directory.offers where not demo and organisation_id in "
                + "(select id from directory.organisations where demo)").query(Long.class).single())
                .as("every offer of a demo organisation that the demo data made is marked as demo").isZero();
        assertThat(jdbc.sql("select count(distinct s.municipality_key) from directory.offer_sites s "
                + "join directory.offers o on o.id = s.offer_id where o.demo and o.district_key = '14522'")
                .query(Long.class).single()).as("municipalities of Mittelsachsen with a demo offer").isGreaterThanOrEqualTo(20);
    }

    @Test
    void keepsTheFixedDemoOffersAndTheirMeaning() {
        assertThat(status(DirectoryDemoIds.MS_DEMO_OFFER)).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(status(DirectoryDemoIds.MS_OTHER_OFFER)).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(status(DirectoryDemoIds.MS_REVIEW_OFFER)).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(status(DirectoryDemoIds.MS_DRAFT_OFFER)).isEqualTo(OfferStatus.DRAFT);
        assertThat(status(DirectoryDemoIds.SOE_OFFER)).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(jdbc.sql("select pending_revision is not null from directory.offers where id = :id")
                .param("id", DirectoryDemoIds.MS_REVISION_OFFER.value()).query(Boolean.class).single()).isTrue();
    }

    @Test
    @Transactional
    void everyDemoOfferKeepsTheInvariantsOfTheModel() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        List<Offer> demo = entityManager.createQuery("select o from Offer o where o.demo = true", Offer.class)
                .getResultList();

        assertThat(demo).hasSizeGreaterThan(190).allSatisfy(offer -> {
            // The constructor checks every invariant of an offer's content (throws when one is broken).
            new Offer(OfferId.random(), new OrganisationRef(offer.organisation(), offer.district(),
                    offer.providerName(), true), offer.content(), Actor.system(), clock.instant(), today, true);
            offer.pendingRevision().ifPresent(revision -> new Offer(OfferId.random(),
                    new OrganisationRef(offer.organisation(), offer.district(), offer.providerName(), true), revision,
                    Actor.system(), clock.instant(), today, true));
            assertThat(offer.classifications()).as(offer.name())
                    .anyMatch(c -> c.taxonomy().equals(TaxonomyCatalog.CATEGORIES))
                    .anyMatch(c -> c.taxonomy().equals(TaxonomyCatalog.TARGET_GROUPS));
            assertThat(offer.languages()).as(offer.name()).contains("de");
            assertThat(offer.schedules()).as(offer.name()).isNotEmpty();
            offer.schedules().forEach(schedule -> ScheduleData.of(schedule).toSchedule());
            for (OfferSite site : offer.sites()) {
                if (site.postalCode() == null) {
                    continue; // a virtual location (video consultation): no place
                }
                assertThat(site.coordinates()).as(offer.name() + " in " + site.city()).isPresent();
                assertThat(site.municipalityKey()).as(offer.name() + " in " + site.city())
                        .startsWith(offer.district().value());
            }
            assertThat(offer.providerName()).endsWith("(Demo)");
        });
    }

    @Test
    void mixesStatusesMostlyPublished() {
        Map<String, Long> byStatus = jdbc.sql("select status, count(*) from directory.offers where demo group by status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();

        assertThat(byStatus.get("PUBLISHED")).isGreaterThan(total * 8 / 10);
        assertThat(byStatus.get("DRAFT")).isGreaterThanOrEqualTo(4);
        assertThat(byStatus.get("IN_REVIEW")).isGreaterThanOrEqualTo(4);
        assertThat(byStatus.get("ARCHIVED")).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from directory.offers where demo and pending_revision is not null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from directory.offers where demo and (free_of_charge)")
                .query(Long.class).single()).isGreaterThan(total / 2);
        assertThat(jdbc.sql("select count(*) from directory.offers where demo and (online or by_phone)")
                .query(Long.class).single()).isGreaterThanOrEqualTo(15);
        assertThat(jdbc.sql("select count(*) from directory.offers where demo and barrier_free")
                .query(Long.class).single()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void translatesManyOffersLeavesSomeOutdatedAndSomeMissing() {
        Map<String, Long> byStatus = jdbc.sql("""
                        select t.status, count(*) from directory.offer_translations t
                        join directory.offers o on o.id = t.offer_id where o.demo group by t.status""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> languages = jdbc.sql("""
                        select distinct t.language from directory.offer_translations t
                        join directory.offers o on o.id = t.offer_id where o.demo""").query(String.class).list();
        long untranslated = jdbc.sql("""
                        select count(*) from directory.offers o where o.demo
                        and not exists (select 1 from directory.offer_translations t where t.offer_id = o.id)""")
                .query(Long.class).single();
        long inAllFour = jdbc.sql("""
                        select count(*) from directory.offers o where o.demo and (select count(distinct language)
                        from directory.offer_translations t where t.offer_id = o.id and t.field = 'NAME') = 4""")
                .query(Long.class).single();

        assertThat(byStatus.get("CURRENT")).isGreaterThan(400);
        assertThat(byStatus.get("OUTDATED")).isGreaterThanOrEqualTo(40);
        assertThat(languages).containsExactlyInAnyOrder("en", "uk", "ru", "ar");
        assertThat(untranslated).isBetween(20L, 90L);
        assertThat(inAllFour).isGreaterThan(100);
    }

    @Test
    void usesEveryTopLevelCategoryAtLeastOnce() {
        Set<String> topLevel = catalog.terms(TaxonomyCatalog.CATEGORIES).stream()
                .filter(term -> term.parentCode() == null).filter(CatalogTerm::active).map(CatalogTerm::code)
                .collect(Collectors.toSet());
        List<String> used = jdbc.sql("""
                        select distinct split_part(c.code, '.', 1) from directory.offer_classifications c
                        join directory.offers o on o.id = c.offer_id where o.demo and c.taxonomy = :taxonomy""")
                .param("taxonomy", TaxonomyCatalog.CATEGORIES).query(String.class).list();

        assertThat(topLevel).hasSizeGreaterThanOrEqualTo(15);
        assertThat(used).containsAll(topLevel);
    }

    @Test
    void startsEveryDemoCourseInTheFutureAndSomeSoon() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        List<LocalDate> starts = jdbc.sql("select course_start from directory.offers where demo and course_start is not null")
                .query(LocalDate.class).list();

        assertThat(starts).hasSizeGreaterThanOrEqualTo(15).allSatisfy(start -> assertThat(start).isAfter(today));
        assertThat(starts).filteredOn(start -> !start.isAfter(today.plusDays(14))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(distinct course_level) from directory.offers where demo").query(Long.class)
                .single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from directory.offers where demo and places_free = 0").query(Long.class)
                .single()).as("full courses").isPositive();
    }

    @Test
    void keepsMostDemoOffersFreshAndShowsAFewFlaggedOrWithdrawnOnes() {
        // docs/directory.md §6.2 defaults: reminder after 150 days, flagged after 183, withdrawn after 365.
        Instant now = clock.instant();
        List<Instant> unflagged = jdbc.sql("select last_confirmed_at from directory.offers where demo "
                + "and stale_since is null").query(Instant.class).list();
        List<Instant> flagged = jdbc.sql("select last_confirmed_at from directory.offers where demo "
                + "and status = 'PUBLISHED' and stale_since is not null").query(Instant.class).list();
        List<Instant> withdrawn = jdbc.sql("select withdrawn_at from directory.offers where demo "
                + "and status = 'ARCHIVED' and archive_reason = 'STALE'").query(Instant.class).list();

        assertThat(unflagged).hasSizeGreaterThan(190).allSatisfy(at -> {
            assertThat(Duration.between(at, now).plusDays(30)).isLessThan(Duration.ofDays(183));
            assertThat(at).isBefore(now);
        });
        assertThat(unflagged).as("some demo offers are due for a reminder (150 days)")
                .anyMatch(at -> Duration.between(at, now).toDays() >= 140);
        assertThat(flagged).as("flagged as not confirmed, but not withdrawn within 30 days").hasSizeBetween(3, 8)
                .allSatisfy(at -> assertThat(Duration.between(at, now).toDays()).isBetween(183L, 335L));
        assertThat(withdrawn).as("withdrawn as stale, still within the 90 days to restore it").isNotEmpty()
                .allSatisfy(at -> assertThat(Duration.between(at, now).toDays()).isBetween(1L, 60L));
    }

    @Test
    void putsThePublishedDemoOffersIntoTheSearchIndex() {
        long published = jdbc.sql("select count(*) from directory.offers where demo and status = 'PUBLISHED' "
                + "and district_key = '14628'").query(Long.class).single();

        var all = search.find(FinderQuery.builder().district(DirectoryDemoIds.SAECHSISCHE_SCHWEIZ).build(),
                ContentLanguage.DE);
        var soon = search.find(FinderQuery.builder().district(DirectoryDemoIds.MITTELSACHSEN).startsSoon(true).build(),
                ContentLanguage.DE);
        var ukrainian = search.find(FinderQuery.builder().district(DirectoryDemoIds.MITTELSACHSEN)
                .text("Мовне кафе").build(), ContentLanguage.UK);

        assertThat(all.total()).isGreaterThanOrEqualTo(published).isGreaterThan(50);
        assertThat(soon.total()).isPositive();
        assertThat(ukrainian.hits()).isNotEmpty();
    }

    @Test
    void createsNothingOnASecondStart() throws Exception {
        long offers = jdbc.sql("select count(*) from directory.offers").query(Long.class).single();
        long locations = jdbc.sql("select count(*) from directory.locations").query(Long.class).single();
        long translations = jdbc.sql("select count(*) from directory.offer_translations").query(Long.class).single();

        organisationDemoData.run(null);
        offerDemoData.run(null);

        assertThat(jdbc.sql("select count(*) from directory.offers").query(Long.class).single()).isEqualTo(offers);
        assertThat(jdbc.sql("select count(*) from directory.locations").query(Long.class).single())
                .isEqualTo(locations);
        assertThat(jdbc.sql("select count(*) from directory.offer_translations").query(Long.class).single())
                .isEqualTo(translations);
    }

    @Test
    void createsNoDemoDataWhenTheDemoIsOff() {
        // A small context of its own (not the shared test context): the demo runners are not even created.
        new ApplicationContextRunner()
                .withPropertyValues("app.demo.enabled=false")
                .withUserConfiguration(DirectoryDemoData.class, OfferDemoData.class, CooperationDemoData.class)
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(DirectoryDemoData.class)
                        .doesNotHaveBean(OfferDemoData.class)
                        .doesNotHaveBean(CooperationDemoData.class));
        new ApplicationContextRunner()
                .withUserConfiguration(OfferDemoData.class)
                .run(context -> assertThat(context).doesNotHaveBean(OfferDemoData.class));
    }

    @Test
    void namesOnlyPlacesOfTheTwoDemoDistrictsInTheTemplates() {
        DemoOfferTemplates.TemplateFile file = DemoOfferTemplates.read();

        assertThat(file.places().keySet()).allMatch(ags -> ags.startsWith("14522") || ags.startsWith("14628"));
        assertThat(file.templates()).hasSizeBetween(40, 55)
                .extracting(DemoOfferTemplates.Template::key).doesNotHaveDuplicates();
        assertThat(file.templates()).filteredOn(t -> t.translations() != null).hasSizeGreaterThanOrEqualTo(28);
    }

    private OfferStatus status(OfferId id) {
        return OfferStatus.valueOf(jdbc.sql("select status from directory.offers where id = :id")
                .param("id", id.value()).query(String.class).single());
    }

    private long demoOffers(String district) {
        return jdbc.sql("select count(*) from directory.offers where demo and district_key = :district")
                .param("district", district).query(Long.class).single();
    }

    private long demoCount(String district) {
        return jdbc.sql("select count(*) from directory.organisations where demo and district_key = :district")
                .param("district", district)
                .query(Long.class)
                .single();
    }
}
