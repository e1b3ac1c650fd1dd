package de.integrationsnetz.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

class GeographyMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"en", "uk", "ru", "ar", "fa", "tr"})
    void everyLanguageTranslatesEveryGermanKey(String language) throws Exception {
        Properties german = load("i18n/geography.properties");
        Properties translated = load("i18n/geography_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
        for (String key : german.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            if (!language.equals("en") && !Set.of("geography.column.name").contains(key)) {
                assertThat(text).as("%s in %s is still German", key, language).isNotEqualTo(german.getProperty(key));
            }
            if (german.getProperty(key).contains("{0}")) {
                assertThat(text).as(key).contains("{0}");
                assertThat(new MessageFormat(text).format(new Object[] {"X", "Y"})).as(key).doesNotContain("{");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_uk", "_ru", "_ar", "_fa", "_tr"})
    void keysBelongToTheGeographyModule(String suffix) throws Exception {
        List<String> foreign = load("i18n/geography" + suffix + ".properties").stringPropertyNames().stream()
                .filter(key -> !key.startsWith("geography.")).toList();
        assertThat(foreign).isEmpty();
    }

    private static Properties load(String path) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
