package de.integrationsnetz.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.directory.hsds.HsdsImportSource.Contents;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedService;
import de.integrationsnetz.directory.taxonomy.CatalogSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.Resource;

/**
 * Every shape an HSDS import accepts (docs/directory.md §3.4) is read from the official examples: a single service
 * (with its nested organisation), a single organisation (with its services), Page envelopes, a service_at_location,
 * a bundle, and the tabular example zipped without datapackage.json; anything else is refused.
 */
class HsdsImportSourceTests {

    private static final UUID COUNSELLING = UUID.fromString("ac148810-d857-441c-9679-408f346de14b");
    private final HsdsMapping mapping = new HsdsMapping(CatalogSnapshot.of(List.of()));

    @Test
    void aSingleServiceBringsItsOrganisation() throws IOException {
        Contents contents = HsdsImportSource.read(example("service_full.json"), mapping);
        assertThat(contents.services()).extracting(MappedService::id).containsExactly(COUNSELLING);
        assertThat(contents.organisations()).extracting(organisation -> organisation.details().name())
                .containsExactly("Example Organization Inc.");
        assertThat(contents.warnings()).isNotEmpty();
    }

    @Test
    void aSingleOrganisationBringsItsServices() throws IOException {
        Contents contents = HsdsImportSource.read(example("organization_full.json"), mapping);
        assertThat(contents.organisations()).hasSize(1);
        assertThat(contents.services()).hasSize(1).allSatisfy(service ->
                assertThat(service.organizationId()).isEqualTo(contents.organisations().get(0).id()));
    }

    @Test
    void pagesServiceAtLocationsAndBundlesAreRead() throws IOException {
        assertThat(HsdsImportSource.read(example("service_list.json"), mapping).services()).hasSize(1);
        assertThat(HsdsImportSource.read(example("organization_list.json"), mapping).organisations()).hasSize(1);
        assertThat(HsdsImportSource.read(example("service_at_location_full.json"), mapping).services()).hasSize(1);
        String bundle = "{\"version\":\"3.0\",\"organizations\":[" + text("organization_list.json").replaceAll(
                "(?s)^.*\"contents\"\\s*:\\s*\\[(.*)\\]\\s*}\\s*$", "$1") + "],\"services\":[" + text("service_full.json")
                + "]}";
        Contents contents = HsdsImportSource.read(bundle.getBytes(StandardCharsets.UTF_8), mapping);
        assertThat(contents.organisations()).hasSize(1);
        assertThat(contents.services()).extracting(MappedService::id).containsExactly(COUNSELLING);
    }

    @Test
    void theTabularExampleIsReadWithoutDatapackage() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Resource csv : new PathMatchingResourcePatternResolver()
                    .getResources("classpath:hsds-3.0/examples/csv/*.csv")) {
                out.putNextEntry(new ZipEntry("hsds/" + csv.getFilename()));
                out.write(csv.getContentAsByteArray());
                out.closeEntry();
            }
        }
        Contents contents = HsdsImportSource.read(zip.toByteArray(), mapping);
        MappedService counselling = contents.services().stream().filter(service -> service.id().equals(COUNSELLING))
                .findFirst().orElseThrow();
        assertThat(counselling.content().name()).isEqualTo("Community Counselling");
        assertThat(counselling.content().schedules()).isNotEmpty();
        assertThat(counselling.content().sites()).isNotEmpty();
        assertThat(contents.organisations()).extracting(organisation -> organisation.details().name())
                .contains("Example Organization Inc.");
        assertThat(String.join("\n", contents.warnings())).contains("out of range", "count and until");
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> HsdsImportSource.read("kein JSON".getBytes(StandardCharsets.UTF_8), mapping))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HsdsImportSource.read("42".getBytes(StandardCharsets.UTF_8), mapping))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HsdsImportSource.read("{\"status\":\"active\"}".getBytes(StandardCharsets.UTF_8),
                mapping)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] example(String file) throws IOException {
        return new ClassPathResource("hsds-3.0/examples/" + file).getContentAsByteArray();
    }

    private static String text(String file) throws IOException {
        return new String(example(file), StandardCharsets.UTF_8);
    }
}
