package de.integrationsnetz.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every enum the directory shows has a label in every language, and the bundle keeps one section per slice. */
class DirectoryMessagesTests {

    private static final List<String> SUFFIXES = List.of("", "_en", "_uk", "_ru", "_ar", "_fa", "_tr");

    @Test
    void everyShownEnumValueHasALabelInEveryLanguage() throws IOException {
        List<String> keys = new ArrayList<>();
        for (OrganisationType type : OrganisationType.values()) {
            keys.add(type.messageKey());
        }
        for (LocationType type : LocationType.values()) {
            keys.add(type.messageKey());
        }
        for (OrganisationStatus status : OrganisationStatus.values()) {
            keys.add("directory.organisation-status." + status.name());
        }
        for (CoordinateSource source : CoordinateSource.values()) {
            keys.add("directory.coordinate-source." + source.name());
        }
        for (String suffix : SUFFIXES) {
            Properties bundle = load(suffix);
            assertThat(keys).as("directory%s.properties", suffix)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void theBundleHasASectionForEverySlice() throws IOException {
        String german = Files.readString(Path.of("src/main/resources/i18n/directory.properties"));

        assertThat(german).contains("# --- S1 organisations", "# --- S2 offers", "# --- S3 search", "# --- S4 finder",
                "# --- S5 translations", "# --- S7 network", "# --- S8 freshness", "# --- S9 import", "# --- S10 hsds");
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/directory" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
