package de.integrationsnetz.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where the system Chromium is, and whether the browser tests may be skipped when there is none. */
final class Chromium {

    static final String PATH_VARIABLE = "CHROMIUM_PATH";
    static final String MODE_VARIABLE = "BROWSER_TESTS";
    static final String MODE_PROPERTY = "browser.tests";
    private static final List<String> KNOWN_LOCATIONS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private Chromium() {}

    /** The first executable of {@code $CHROMIUM_PATH}, {@code /usr/bin/chromium}, {@code /usr/bin/chromium-browser}. */
    static Optional<Path> find() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv(PATH_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured.strip());
        }
        candidates.addAll(KNOWN_LOCATIONS);
        return candidates.stream().map(Paths::get).filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }

    /** {@code true} when CI (or anyone) demands the browser tests: a missing browser is then an error, not a skip. */
    static boolean required() {
        return "required".equals(normalise(System.getenv(MODE_VARIABLE)))
                || "required".equals(normalise(System.getProperty(MODE_PROPERTY)));
    }

    static String searchedLocations() {
        return "$" + PATH_VARIABLE + ", " + String.join(", ", KNOWN_LOCATIONS);
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
