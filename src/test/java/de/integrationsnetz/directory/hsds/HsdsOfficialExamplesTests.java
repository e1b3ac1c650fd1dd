package de.integrationsnetz.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.hsds.HsdsMapping.MappedOrganisation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedService;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.schedule.Attendance;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import de.integrationsnetz.directory.taxonomy.CatalogSnapshot;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.TaxonomyTermId;
import de.integrationsnetz.directory.ContentLanguage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official HSDS 3.0 examples (test resources {@code hsds-3.0/examples}) map onto the model without errors, with
 * the warnings docs/directory.md §3.6 expects (unmapped taxonomy term, coordinates out of range, numeric timezone,
 * count with until, byweekno/byyearday/bymonthday with WEEKLY, a postal code that is not German) and the values
 * it names. Unit test: the mapping needs only a catalog snapshot.
 */
class HsdsOfficialExamplesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CatalogTerm FREE = new CatalogTerm(new TaxonomyTermId(UUID.randomUUID()),
            TaxonomyCatalog.FEATURES, "kostenlos", null, 1, Map.of(ContentLanguage.DE, "kostenlos"), true);
    private final HsdsMapping mapping = new HsdsMapping(CatalogSnapshot.of(List.of(FREE)));

    @Test
    void theFullServiceExampleMapsWithTheExpectedWarnings() throws IOException {
        MappedService service = mapping.service(example("service_full.json"));
        assertThat(service.id()).isEqualTo(UUID.fromString("ac148810-d857-441c-9679-408f346de14b"));
        assertThat(service.content().name()).isEqualTo("Community Counselling");
        assertThat(service.content().description()).startsWith("Counselling Services provided");
        assertThat(service.content().minAge()).isEqualTo(12);
        assertThat(service.content().maxAge()).isEqualTo(100);
        assertThat(service.content().flags().freeOfCharge()).isFalse();
        assertThat(service.content().languages()).contains("ur");
        assertThat(service.organizationId()).isNotNull();
        assertThat(service.extra().path("alternate_name").asString()).isEqualTo("MyCity Counselling Services");
        assertThat(service.extra().has("interpretation_services")).isTrue();
        assertThat(service.content().sites()).hasSize(1);
        assertThat(service.content().sites().get(0).latitude()).isNull();
        assertThat(service.content().sites().get(0).postalCode()).isNull();
        ScheduleData schedule = service.content().schedules().stream()
                .filter(data -> data.id().equals(UUID.fromString("48102e86-bb50-41c4-8f1e-e269368c41d1")))
                .findFirst().orElseThrow();
        assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
        assertThat(schedule.rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=1;WKST=TU;BYDAY=TH,FR;UNTIL=20050101");
        assertThat(schedule.opensAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(schedule.start()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(schedule.attending()).isEqualTo(Attendance.IN_PERSON);
        assertThat(String.join("\n", service.warnings())).contains("unmapped taxonomy term", "out of range",
                "numeric timezone", "count and until", "byweekno dropped", "byyearday dropped",
                "bymonthday with WEEKLY dropped", "postal code ABC 1234 is not German", "not a Saxon municipality");
    }

    @Test
    void theFullOrganizationExampleMaps() throws IOException {
        MappedOrganisation organisation = mapping.organization(example("organization_full.json"));
        assertThat(organisation.details().name()).isEqualTo("Example Organization Inc.");
        assertThat(organisation.locations()).extracting(location -> location.details().name())
                .contains("MyCity Civic Center");
        assertThat(organisation.locations()).allSatisfy(location -> assertThat(location.coordinates()).isNull());
        assertThat(organisation.contacts()).isNotEmpty()
                .allSatisfy(contact -> assertThat(contact.details().publishConsent()).isFalse());
        assertThat(organisation.warnings()).anySatisfy(warning -> assertThat(warning).contains("no organisation type"));
    }

    @Test
    void theListExamplesMapItemByItem() throws IOException {
        JsonNode services = example("service_list.json");
        assertThat(services.path("contents").values()).isNotEmpty()
                .allSatisfy(item -> assertThat(mapping.service(item).content().name()).isNotBlank());
        JsonNode organisations = example("organization_list.json");
        assertThat(organisations.path("contents").values()).isNotEmpty()
                .allSatisfy(item -> assertThat(mapping.organization(item).details().name()).isNotBlank());
        assertThat(mapping.service(example("service_at_location_full.json").path("service")).content().name())
                .isNotBlank();
    }

    private static JsonNode example(String file) throws IOException {
        return JSON.readTree(new ClassPathResource("hsds-3.0/examples/" + file).getInputStream());
    }
}
