package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationView;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferSite;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.OfferView;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.search.SearchIndexMaintenance;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The COPY path (docs/directory.md §7.2): offers written by {@link OfferCopy} read back through JPA exactly as the
 * offer {@link Offer#imported} builds in memory from the same row (every field and child row), work in the editor,
 * with optimistic locking, the review, the public page, HSDS and the search index maintenance; the trail holds ONE
 * entry for the job (who, which file, the counts, the district) and none per offer. Bautzen (14625).
 */
@IntegrationTest
class ImportCopyTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Autowired OfferImports imports;
    @Autowired ImportRunner runner;
    @Autowired ImportVocabulary vocabulary;
    @Autowired ImportTables tables;
    @Autowired ImportStore store;
    @Autowired OfferManagement offers;
    @Autowired TaxonomyCatalog catalog;
    @Autowired SearchIndexMaintenance search;
    @Autowired MockMvc mvc;
    @Autowired EntityManager entityManager;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService userDetails;
    @Autowired OrganisationManagement organisations;
    @Autowired LocationManagement locations;
    @Autowired TransactionTemplate transactions;

    @Test
    void copiedOffersReadBackThroughJpaAsTheOffersBuiltInMemoryAndTheJobHasOneAuditEntry() throws Exception {
        ImportFixtures fixtures = new ImportFixtures(accounts, passwords, userDetails, organisations, locations,
                transactions, imports);
        CurrentUser coordinator = fixtures.coordinator();
        OrganisationRef organisation = fixtures.organisation(ImportFixtures.unique("Kopierverein"), "Kornmarkt 2");
        CatalogTerm category = catalog.term(TaxonomyCatalog.CATEGORIES, "spracherwerb.integrationskurs").orElseThrow();
        CatalogTerm group = catalog.terms(TaxonomyCatalog.TARGET_GROUPS).get(0);
        CatalogTerm feature = catalog.terms(TaxonomyCatalog.FEATURES).get(0);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("organisation_name", "name", "description", "categories", "target_groups", "features",
                "languages", "street", "postal_code", "city", "online_url", "phone", "email", "url",
                "municipalities_served", "whole_district", "free_of_charge", "fees_note", "eligibility_note",
                "application_note", "registration_required", "appointment_required", "barrier_free",
                "low_threshold", "volunteer_run", "online", "by_phone", "min_age", "max_age", "valid_from",
                "valid_until", "course_level", "course_start", "course_end", "places_total", "places_free",
                "registration_deadline", "status"));
        // COPY's text format escapes backslash, tab and line breaks: the description has all three.
        rows.add(List.of(organisation.name(), "Integrationskurs B1 – Abendkurs",
                "Zeile 1 mit \"Zitat\", Backslash \\ und\tTab\nZeile 2: äöü ß", category.code(), group.code(),
                feature.code(), "de|ar|uk", "Kornmarkt 2", "02625", "Bautzen", "", "03591 123456",
                "kurs@example.org", "https://example.org/kurs", "14625020", "nein", "ja", "kostenlos mit Schein",
                "Mit Berechtigung", "Im Büro", "ja", "nein", "ja", "nein", "ja", "nein", "nein", "16", "67",
                "01.01.2026", "31.12.2027", "B1", "02.03.2026", "30.09.2026", "20", "5", "20.02.2026", ""));
        rows.add(List.of(organisation.name(), "Online-Sprechstunde", "Per Video und Telefon", "", "", "", "fa",
                "Neue Gasse 1", "02625", "Bautzen", "https://meet.example.org/x", "", "", "", "", "ja", "nein", "",
                "", "", "nein", "ja", "nein", "ja", "nein", "ja", "ja", "", "", "", "", "", "", "", "", "", "",
                "IN_REVIEW"));
        ImportJob job = fixtures.uploadAndValidate(coordinator, "kopie.csv",
                ImportFixtures.csv(rows, ';', StandardCharsets.UTF_8));
        assertThat(imports.problems(job.id(), coordinator, 0, 50)).filteredOn(p -> !p.warning()).isEmpty();
        assertThat(job.status()).isEqualTo(ImportStatus.VALIDATED);

        // as ImportRunner.commitLater runs it: in the user's security context (the trail names them)
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
        try {
            assertThat(runner.commit(job.id())).isEqualTo(ImportStatus.COMMITTED);
        } finally {
            SecurityContextHolder.clearContext();
        }

        ImportJob committed = imports.get(job.id(), coordinator);
        assertThat(committed.createdOffers()).isEqualTo(2);
        assertThat(committed.createdOrganisations()).isZero();
        assertThat(committed.createdLocations()).isEqualTo(1);
        Map<String, UUID> ids = new java.util.HashMap<>();
        jdbc.query("select name, id from directory.offers where import_job_id = ?",
                (java.sql.ResultSet rs) -> {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                }, job.id());
        assertThat(ids).containsOnlyKeys("Integrationskurs B1 – Abendkurs", "Online-Sprechstunde");
        OfferId course = OfferId.of(ids.get("Integrationskurs B1 – Abendkurs"));
        OfferId online = OfferId.of(ids.get("Online-Sprechstunde"));

        // Every field and child row as Hibernate reads it equals the offer built in memory from the same row.
        Table table = tables.read(committed.kind(), store.file(job.id()).orElseThrow());
        OfferRowParser parser = new OfferRowParser(committed.mapping(), vocabulary.snapshot(committed.district()),
                false);
        transactions.executeWithoutResult(status -> {
            for (Table.Row source : table.rows()) {
                ImportRow row = parser.parse(source);
                Offer loaded = entityManager.find(Offer.class,
                        ids.get(row.content().name()));
                Instant now = loaded.createdAt();
                List<SiteData> sites = loaded.sites().stream().map(OfferSite::toData).toList();
                Offer expected = Offer.imported(loaded.id(), organisation, row.content().withSites(sites),
                        OfferStatus.DRAFT, job.id(), now, LocalDate.ofInstant(now, ZONE));
                if (row.status() == OfferStatus.IN_REVIEW) {
                    expected.submit(Actor.system(), now);
                }
                expected.drainEvents();
                assertThat(loaded).usingRecursiveComparison().ignoringCollectionOrder().ignoringFields("events")
                        .isEqualTo(expected);
            }
        });

        LocationView kornmarkt = locations.locationsOf(organisation.id(), coordinator).stream()
                .filter(location -> "Kornmarkt 2".equals(location.address().street())).findFirst().orElseThrow();
        OfferView first = offers.get(course, coordinator);
        assertThat(first.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(first.version()).isZero();
        OfferContent content = first.content();
        assertThat(content.description()).isEqualTo("Zeile 1 mit \"Zitat\", Backslash \\ und\tTab\nZeile 2: äöü ß");
        assertThat(content.course().level()).isEqualTo(CourseLevel.B1);
        assertThat(content.course().placesFree()).isEqualTo(5);
        assertThat(content.validUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(content.languages()).containsExactlyInAnyOrder("de", "ar", "uk");
        assertThat(content.classifications()).extracting(Classification::code)
                .containsExactlyInAnyOrder(category.code(), group.code(), feature.code());
        assertThat(content.serviceAreas()).containsExactly("14625020");
        assertThat(content.sites()).extracting(SiteData::locationId).containsExactly(kornmarkt.id().value());
        OfferView second = offers.get(online, coordinator);
        assertThat(second.status()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(second.submittedAt()).isNotNull();
        assertThat(second.content().wholeDistrict()).isTrue();
        assertThat(second.content().sites()).singleElement()
                .satisfies(site -> assertThat(site.latitude()).isNotNull());

        // The trail: one entry for the job's commit, by the coordinator, in Bautzen, naming the file and the counts;
        // none for the offers.
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_entries where entity_type = "
                + "'directory.Offer' and entity_id in (?, ?)", Integer.class, course.value().toString(),
                online.value().toString())).isZero();
        List<Map<String, Object>> entries = jdbc.queryForList("select actor, district_key, changes::text as changes "
                + "from audit.audit_entries where entity_type = 'directory.ImportJob' and entity_id = ? "
                + "and changes::text like '%COMMITTED%'", job.id().toString());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo(coordinator.email());
            assertThat(entry.get("district_key")).isEqualTo("14625");
            assertThat((String) entry.get("changes")).contains("kopie.csv", "createdOffers", "createdLocations");
        });

        // The search index maintenance finds the copied rows.
        assertThat(search.reindexImport(job.id())).isEqualTo(2);

        // The editor, optimistic locking and the review work on copied rows.
        mvc.perform(get("/app/directory/offers/" + course.value() + "/edit").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Integrationskurs B1 – Abendkurs")));
        OfferContent renamed = new OfferContent("Integrationskurs B1 – Abendkurs (neu)", content.description(),
                content.feesNote(), content.eligibilityNote(), content.applicationNote(), content.alert(),
                content.url(), content.email(), content.phone(), content.onlineUrl(), content.flags(),
                content.wholeDistrict(), content.minAge(), content.maxAge(), content.validFrom(),
                content.validUntil(), content.course(), content.classifications(), content.languages(),
                content.serviceAreas(), content.sites(), content.contacts(), content.schedules());
        offers.edit(course, coordinator, 0, renamed);
        assertThat(offers.get(course, coordinator).version()).isEqualTo(1);
        assertThatThrownBy(() -> offers.edit(course, coordinator, 0, renamed))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        offers.approve(online, coordinator);
        assertThat(offers.get(online, coordinator).status()).isEqualTo(OfferStatus.PUBLISHED);

        // The public page and HSDS show the published copied offer.
        mvc.perform(get("/offers/" + online.value())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Online-Sprechstunde")));
        mvc.perform(get("/hsds/services/" + online.value())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Online-Sprechstunde")));
    }
}
