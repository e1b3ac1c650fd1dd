package de.integrationsnetz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * UI text lives only in the message bundles, in all seven languages: the same keys everywhere, no bundle that is a
 * copy of another, and no literal text in the templates.
 */
class I18nConsistencyTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> LANGUAGES = List.of("en", "uk", "ru", "ar", "fa", "tr");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Set<String> LABEL_ATTRIBUTES = Set.of("aria-label", "title", "alt", "placeholder", "content");

    @Test
    void everyBundleHasExactlyTheKeysOfItsGermanOriginalInAllLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            Set<String> german = load(basename, null).stringPropertyNames();
            for (String language : LANGUAGES) {
                Set<String> translated = load(basename, language).stringPropertyNames();
                Set<String> missing = new TreeSet<>(german);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(german);
                if (!missing.isEmpty()) {
                    problems.add(basename + "_" + language + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(basename + "_" + language + " has keys not in German: " + extra);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noLanguageIsAnUntranslatedCopyOfEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            Properties english = load(basename, "en");
            for (String language : List.of("uk", "ru", "ar", "fa", "tr")) {
                Properties translated = load(basename, language);
                long wordy = english.stringPropertyNames().stream()
                        .filter(key -> english.getProperty(key).split("\\s+").length >= 3)
                        .count();
                long copied = english.stringPropertyNames().stream()
                        .filter(key -> english.getProperty(key).split("\\s+").length >= 3)
                        .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                        .count();
                if (wordy > 0 && copied * 10 > wordy) {
                    problems.add(basename + "_" + language + ": " + copied + " of " + wordy + " sentences are English");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesContainNoLiteralUiText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
                for (Element element : document.getAllElements()) {
                    if (isTranslatedOrExempt(element)) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        if (LETTERS.matcher(text.text()).find()) {
                            problems.add(TEMPLATES.relativize(file) + ": text \"" + text.text().strip() + "\"");
                        }
                    }
                    element.attributes().forEach(attribute -> {
                        if (LABEL_ATTRIBUTES.contains(attribute.getKey()) && LETTERS.matcher(attribute.getValue()).find()
                                && !element.hasAttr("th:" + attribute.getKey()) && !"meta".equals(element.tagName())) {
                            problems.add(TEMPLATES.relativize(file) + ": attribute " + attribute.getKey() + "=\""
                                    + attribute.getValue() + "\"");
                        }
                    });
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Text inside th:text/th:utext is replaced at render time; translate="no" marks names and legal notices. */
    private static boolean isTranslatedOrExempt(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            if (current.hasAttr("th:text") || current.hasAttr("th:utext") || current.hasAttr("th:replace")
                    || current.hasAttr("th:insert") || "no".equals(current.attr("translate"))
                    || "script".equals(current.tagName()) || "style".equals(current.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> basenames() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            Set<String> names = new TreeSet<>();
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .forEach(name -> names.add(name.substring(0, name.length() - ".properties".length())));
            return names;
        }
    }

    private static Properties load(String basename, String language) throws IOException {
        Path file = BUNDLES.resolve(language == null ? basename + ".properties" : basename + "_" + language + ".properties");
        Properties properties = new Properties();
        assertThat(file).as("bundle file").exists();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
