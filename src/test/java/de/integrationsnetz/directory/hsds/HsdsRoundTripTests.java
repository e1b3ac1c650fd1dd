package de.integrationsnetz.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedContact;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedLocation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedOrganisation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedService;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedTranslation;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferContents;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.ContactDetails;
import de.integrationsnetz.directory.organisation.ContactPerson;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Export → map back → equal (docs/directory.md §3.6): a rich offer (site with opening hours, recurring and single
 * dates, online address, course, categories, target group, feature, flags, languages, service area, ages, validity,
 * current, machine and outdated translations, a consenting and a non-consenting contact) and its organisation with
 * location and contact persons, exported as the district's HSDS bundle and as the public API's service, map back
 * onto exactly the content, translations, organisation details, contact persons and location details stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsRoundTripTests {

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    HsdsExport export;

    @Autowired
    HsdsReading reading;

    @Autowired
    OfferManagement offers;

    @Autowired
    TaxonomyCatalog catalog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    HsdsFixtures.Rich rich;
    HsdsMapping mapping;
    JsonNode bundle;

    @BeforeAll
    void exportRichOffer() {
        HsdsFixtures fixtures = beans.createBean(HsdsFixtures.class);
        rich = fixtures.rich(OfferFixtures.unique("HSDS Rundreise"));
        offers.translate(rich.offer(), fixtures.coordinator(), TranslatedField.ELIGIBILITY, ContentLanguage.TR,
                "16 yaşından itibaren göçmenler için", false);
        long version = transactions.execute(status -> offer().version());
        OfferContent current = transactions.execute(status -> offer().content());
        offers.edit(rich.offer(), fixtures.coordinator(), version, eligibility(current, "Für Zugewanderte ab 18 Jahren"));
        mapping = new HsdsMapping(catalog.snapshot());
        bundle = export.bundle(DistrictKey.of("14522"));
    }

    @Test
    void theExportedServiceMapsBackOntoTheStoredContent() {
        MappedService mapped = mapping.service(item(bundle.path("services"), rich.offer().value()));
        assertThat(mapped.id()).isEqualTo(rich.offer().value());
        assertThat(mapped.organizationId()).isEqualTo(rich.organisation().value());
        OfferContent stored = transactions.execute(status -> offer().content());
        assertThat(stored.schedules()).hasSize(3);
        assertThat(stored.sites()).hasSize(1);
        assertThat(stored.onlineUrl()).isNotNull();
        assertThat(stored.classifications()).hasSize(3);
        assertThat(normalized(mapped.content())).isEqualTo(normalized(stored));
        assertThat(mapped.warnings()).isEmpty();
        assertThat(mapped.extra().isEmpty()).isTrue();
    }

    @Test
    void translationsMapBackWithTheirState() {
        MappedService mapped = mapping.service(item(bundle.path("services"), rich.offer().value()));
        Set<MappedTranslation> stored = transactions.execute(status -> offer().translations().stream()
                .map(HsdsRoundTripTests::mapped).collect(Collectors.toSet()));
        assertThat(stored).hasSize(3).anySatisfy(translation -> assertThat(translation.current()).isFalse());
        assertThat(Set.copyOf(mapped.translations())).isEqualTo(stored);
    }

    @Test
    void thePublicServiceMapsBackToo() {
        JsonNode service = reading.service(rich.offer().value()).orElseThrow();
        MappedService mapped = mapping.service(service);
        OfferContent stored = transactions.execute(status -> offer().content());
        // the public API leaves out the contact person who did not agree to be published
        assertThat(mapped.content().contacts()).containsExactly(rich.consenting());
        assertThat(normalized(withContacts(mapped.content(), stored.contacts()))).isEqualTo(normalized(stored));
    }

    @Test
    void theExportedOrganisationMapsBackOntoTheStoredOrganisation() {
        MappedOrganisation mapped = mapping.organization(item(bundle.path("organizations"), rich.organisation().value()));
        transactions.executeWithoutResult(status -> {
            Organisation organisation = entityManager.find(Organisation.class, rich.organisation().value());
            OrganisationDetails stored = new OrganisationDetails(organisation.name(), organisation.type(),
                    organisation.description(), organisation.address(), organisation.phone(), organisation.email(),
                    organisation.website(), null, organisation.seatMunicipality().orElse(null),
                    Set.copyOf(organisation.servedMunicipalities()), organisation.status());
            assertThat(mapped.details()).isEqualTo(stored);
            assertThat(Set.copyOf(mapped.contacts())).isEqualTo(organisation.contacts().stream()
                    .map(HsdsRoundTripTests::mapped).collect(Collectors.toSet()));
            Location location = entityManager.find(Location.class, rich.location());
            MappedLocation mappedLocation = mapped.locations().stream()
                    .filter(candidate -> candidate.id().equals(rich.location())).findFirst().orElseThrow();
            assertThat(mappedLocation.details()).isEqualTo(new LocationDetails(location.type(), location.name(),
                    location.description(), location.address(), location.municipality().orElse(null), location.url(),
                    location.transportation(), location.accessibility(), location.barrierFree()));
            assertThat(mappedLocation.coordinates()).isEqualTo(location.coordinates().orElse(null));
            assertThat(mappedLocation.coordinateSource()).isEqualTo(location.coordinateSource());
            assertThat(mappedLocation.organizationId()).isEqualTo(rich.organisation().value());
        });
        assertThat(mapped.warnings()).isEmpty();
    }

    @Test
    void theTabularPackageMapsBackOntoTheStoredContent() {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        export.tabular(DistrictKey.of("14522"), zip);
        JsonNode tabular = HsdsTabularReader.bundle(
                HsdsTabularReader.readZip(new java.io.ByteArrayInputStream(zip.toByteArray())));
        MappedService service = mapping.service(item(tabular.path("services"), rich.offer().value()));
        OfferContent stored = transactions.execute(status -> offer().content());
        assertThat(normalized(service.content())).isEqualTo(normalized(stored));
        assertThat(service.warnings()).isEmpty();
        Set<MappedTranslation> translations = transactions.execute(status -> offer().translations().stream()
                .map(HsdsRoundTripTests::mapped).collect(Collectors.toSet()));
        assertThat(Set.copyOf(service.translations())).isEqualTo(translations);

        MappedOrganisation fromTable = mapping.organization(item(tabular.path("organizations"),
                rich.organisation().value()));
        MappedOrganisation fromJson = mapping.organization(item(bundle.path("organizations"),
                rich.organisation().value()));
        assertThat(fromTable.details()).isEqualTo(fromJson.details());
        assertThat(Set.copyOf(fromTable.contacts())).isEqualTo(Set.copyOf(fromJson.contacts()));
        assertThat(fromTable.locations()).isEqualTo(fromJson.locations());
        assertThat(fromTable.warnings()).isEmpty();
    }

    @Test
    void aChangedExportIsNotEqual() {
        MappedService mapped = mapping.service(item(bundle.path("services"), rich.offer().value()));
        OfferContent stored = transactions.execute(status -> offer().content());
        assertThat(normalized(OfferContents.renamed(mapped.content(), "anders"))).isNotEqualTo(normalized(stored));
    }

    // ---------------------------------------------------------------- helpers

    private Offer offer() {
        return entityManager.find(Offer.class, rich.offer().value());
    }

    private static JsonNode item(JsonNode array, UUID id) {
        return array.values().stream().filter(node -> node.path("id").asString().equals(id.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("not exported: " + id));
    }

    private static MappedTranslation mapped(Translation translation) {
        return new MappedTranslation(translation.field(), translation.language(), translation.text(),
                translation.machine(), translation.status() == TranslationStatus.CURRENT);
    }

    private static MappedContact mapped(ContactPerson person) {
        return new MappedContact(person.id(), new ContactDetails(person.name(), person.functionTitle(),
                person.department(), person.phone(), person.email(), person.publishConsent()));
    }

    /** The same content with every list in one order, so that equal content compares equal. */
    private static OfferContent normalized(OfferContent content) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(),
                content.classifications().stream().sorted(Comparator.comparing(Classification::termId)).toList(),
                content.languages(), content.serviceAreas(),
                content.sites().stream().sorted(Comparator.comparing(SiteData::locationId)).toList(),
                content.contacts().stream().sorted().toList(),
                content.schedules().stream().sorted(Comparator.comparing(ScheduleData::id)).toList());
    }

    private static OfferContent withContacts(OfferContent content, List<UUID> contacts) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), content.sites(), contacts, content.schedules());
    }

    private static OfferContent eligibility(OfferContent content, String text) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), text,
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), content.sites(), content.contacts(), content.schedules());
    }
}
