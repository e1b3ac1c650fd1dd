package de.integrationsnetz.directory.imports;

import static de.integrationsnetz.directory.imports.OfferColumn.*;

import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one data row into an {@link ImportRow}: every cell is checked on its own (required, length, format, known
 * term, language and municipality of the district), and each problem is reported with the row's line and the column.
 * Rules of the offer as a whole (e.g. a place: an address, online or by phone; validity and course dates) are
 * checked here as well, so that the report is complete before anything is written.
 */
final class OfferRowParser {

    static final Set<String> YES = Set.of("ja", "j", "x", "true", "wahr", "1", "yes", "y");
    static final Set<String> NO = Set.of("nein", "n", "false", "falsch", "0", "no", "-");
    private static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB_FORMAT = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE_FORMAT = Pattern.compile("[+0-9][0-9 ()/\\-.]{3,48}");
    private static final Pattern POSTAL_CODE_FORMAT = Pattern.compile("\\d{5}");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uu").withResolverStyle(ResolverStyle.STRICT));
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<OfferColumn, Integer> MAX_LENGTH = Map.ofEntries(Map.entry(NAME, 300),
            Map.entry(DESCRIPTION, 10_000), Map.entry(ORGANISATION_NAME, 300), Map.entry(FEES_NOTE, 5_000),
            Map.entry(ELIGIBILITY_NOTE, 5_000), Map.entry(APPLICATION_NOTE, 5_000), Map.entry(STREET, 200),
            Map.entry(CITY, 100), Map.entry(PHONE, 50), Map.entry(EMAIL, 320), Map.entry(URL, 500),
            Map.entry(ONLINE_URL, 500));

    private final ColumnMapping mapping;
    private final ImportVocabulary.Snapshot vocabulary;
    private final boolean organisationGiven;

    /**
     * @param organisationGiven the job belongs to one organisation (a provider's), so rows need not name it
     */
    OfferRowParser(ColumnMapping mapping, ImportVocabulary.Snapshot vocabulary, boolean organisationGiven) {
        this.mapping = mapping;
        this.vocabulary = vocabulary;
        this.organisationGiven = organisationGiven;
    }

    ImportRow parse(Table.Row row) {
        Map<OfferColumn, String> cells = new EnumMap<>(OfferColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            int index = i;
            mapping.target(i).ifPresent(column -> {
                String value = row.cell(index);
                if (!value.isBlank() || !cells.containsKey(column)) {
                    cells.put(column, value);
                }
            });
        }
        return new Reading(row.line(), cells).read();
    }

    /** The state of reading one row: its cells and the problems found so far. */
    private final class Reading {

        private final int line;
        private final Map<OfferColumn, String> cells;
        private final List<ImportProblem> problems = new ArrayList<>();

        Reading(int line, Map<OfferColumn, String> cells) {
            this.line = line;
            this.cells = cells;
        }

        ImportRow read() {
            UUID id = id(ID);
            UUID organisationId = id(ORGANISATION_ID);
            String organisationName = text(ORGANISATION_NAME);
            if (organisationId == null && organisationName == null && !organisationGiven) {
                error(ORGANISATION_NAME, "required", null);
            }
            String name = text(NAME);
            String description = text(DESCRIPTION);
            if (name == null) {
                error(NAME, "required", null);
            }
            if (description == null) {
                error(DESCRIPTION, "required", null);
            }
            String street = text(STREET);
            String postalCode = text(POSTAL_CODE);
            if (postalCode != null && !POSTAL_CODE_FORMAT.matcher(postalCode).matches()) {
                error(POSTAL_CODE, "invalid-postal-code", postalCode);
                postalCode = null;
            }
            String city = text(CITY);
            if (street != null || city != null || postalCode != null || hasError(POSTAL_CODE)) {
                // A place is a location of the organisation: street, postal code and town together.
                if (street == null) {
                    error(STREET, "required", null);
                }
                if (postalCode == null && !hasError(POSTAL_CODE)) {
                    error(POSTAL_CODE, "required", null);
                }
                if (city == null) {
                    error(CITY, "required", null);
                }
            }
            String email = text(EMAIL);
            if (email != null && !EMAIL_FORMAT.matcher(email).matches()) {
                error(EMAIL, "invalid-email", email);
            }
            String url = web(URL);
            String onlineUrl = web(ONLINE_URL);
            String phone = text(PHONE);
            if (phone != null && !PHONE_FORMAT.matcher(phone).matches()) {
                error(PHONE, "invalid-phone", phone);
            }
            OfferFlags flags = new OfferFlags(bool(FREE_OF_CHARGE), bool(REGISTRATION_REQUIRED),
                    bool(APPOINTMENT_REQUIRED), bool(BARRIER_FREE), bool(LOW_THRESHOLD), bool(VOLUNTEER_RUN),
                    text(ONLINE) == null ? onlineUrl != null : bool(ONLINE), bool(BY_PHONE));
            boolean wholeDistrict = bool(WHOLE_DISTRICT);
            Integer minAge = integer(MIN_AGE, 0, 130);
            Integer maxAge = integer(MAX_AGE, 0, 130);
            if (minAge != null && maxAge != null && maxAge < minAge) {
                error(MAX_AGE, "age-range", cells.get(MAX_AGE));
            }
            LocalDate validFrom = date(VALID_FROM);
            LocalDate validUntil = date(VALID_UNTIL);
            if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
                error(VALID_UNTIL, "validity-range", cells.get(VALID_UNTIL));
            }
            CourseDetails course = course();
            List<Classification> classifications = new ArrayList<>();
            classifications.addAll(terms(CATEGORIES, TaxonomyCatalog.CATEGORIES, "unknown-category"));
            classifications.addAll(terms(TARGET_GROUPS, TaxonomyCatalog.TARGET_GROUPS, "unknown-target-group"));
            classifications.addAll(terms(FEATURES, TaxonomyCatalog.FEATURES, "unknown-feature"));
            List<String> languages = new ArrayList<>();
            for (String item : items(LANGUAGES)) {
                vocabulary.language(item).ifPresentOrElse(languages::add,
                        () -> error(LANGUAGES, "unknown-language", item));
            }
            List<String> areas = new ArrayList<>();
            for (String item : items(MUNICIPALITIES_SERVED)) {
                vocabulary.municipality(item).ifPresentOrElse(areas::add,
                        () -> error(MUNICIPALITIES_SERVED, "municipality-outside-district", item));
            }
            OfferStatus status = null;
            String statusText = text(STATUS);
            if (statusText != null) {
                Optional<OfferStatus> named = vocabulary.status(statusText);
                if (named.isEmpty()) {
                    error(STATUS, "unknown-status", statusText);
                } else if (named.get() == OfferStatus.DRAFT || named.get() == OfferStatus.IN_REVIEW) {
                    status = named.get();
                } else {
                    warning(STATUS, "status-not-imported", statusText);
                }
            }
            boolean place = postalCode != null || street != null || city != null;
            if (!place && !flags.online() && !flags.byPhone() && !hasError(POSTAL_CODE)) {
                problems.add(new ImportProblem(line, "row", "no-place", null, false));
            }
            for (Map.Entry<OfferColumn, Integer> max : MAX_LENGTH.entrySet()) {
                String value = cells.get(max.getKey());
                if (value != null && value.strip().length() > max.getValue()) {
                    error(max.getKey(), "too-long", value);
                }
            }
            OfferContent content = null;
            if (problems.stream().noneMatch(p -> !p.warning())) {
                content = new OfferContent(name, description, text(FEES_NOTE), text(ELIGIBILITY_NOTE),
                        text(APPLICATION_NOTE), null, url, email, phone, onlineUrl, flags, wholeDistrict, minAge,
                        maxAge, validFrom, validUntil, course, classifications, languages,
                        wholeDistrict ? List.of() : areas, List.of(), List.of(), List.of());
            }
            return new ImportRow(line, id, organisationId, organisationName, street, postalCode, city, status,
                    content, List.copyOf(problems));
        }

        private CourseDetails course() {
            CourseLevel level = null;
            String levelText = text(COURSE_LEVEL);
            if (levelText != null) {
                try {
                    level = CourseLevel.valueOf(levelText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    error(COURSE_LEVEL, "invalid-course-level", levelText);
                }
            }
            LocalDate start = date(COURSE_START);
            LocalDate end = date(COURSE_END);
            Integer total = integer(PLACES_TOTAL, 0, 100_000);
            Integer free = integer(PLACES_FREE, 0, 100_000);
            LocalDate deadline = date(REGISTRATION_DEADLINE);
            try {
                return new CourseDetails(level, start, end, total, free, deadline);
            } catch (DirectoryRuleViolation broken) {
                OfferColumn column = switch (broken.field()) {
                    case "placesFree", "placesTotal" -> PLACES_FREE;
                    case "courseEnd" -> COURSE_END;
                    default -> REGISTRATION_DEADLINE;
                };
                error(column, column == COURSE_END ? "course-dates" : column == PLACES_FREE ? "course-places"
                        : "course-deadline", cells.get(column));
                return CourseDetails.NONE;
            }
        }

        private List<Classification> terms(OfferColumn column, String taxonomy, String code) {
            List<Classification> found = new ArrayList<>();
            for (String item : items(column)) {
                Optional<CatalogTerm> term = vocabulary.term(taxonomy, item);
                if (term.isEmpty()) {
                    error(column, code, item);
                } else {
                    found.add(new Classification(term.get().id().value(), term.get().taxonomy(), term.get().code()));
                }
            }
            return found.stream().distinct().toList();
        }

        /** The items of a list cell: separated by a bar, or else by semicolons or commas (a label with a comma stays whole). */
        private List<String> items(OfferColumn column) {
            String value = text(column);
            if (value == null) {
                return List.of();
            }
            if (value.contains("|")) {
                return split(value, "\\|");
            }
            boolean whole = column == CATEGORIES && vocabulary.term(TaxonomyCatalog.CATEGORIES, value).isPresent()
                    || column == TARGET_GROUPS && vocabulary.term(TaxonomyCatalog.TARGET_GROUPS, value).isPresent()
                    || column == FEATURES && vocabulary.term(TaxonomyCatalog.FEATURES, value).isPresent();
            return whole ? List.of(value) : split(value, "[;,]");
        }

        private List<String> split(String value, String separator) {
            return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private @Nullable String text(OfferColumn column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private @Nullable String web(OfferColumn column) {
            String value = text(column);
            if (value != null && !WEB_FORMAT.matcher(value).matches()) {
                error(column, "invalid-url", value);
                return null;
            }
            return value;
        }

        private @Nullable UUID id(OfferColumn column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                if (value.length() == 36) {
                    return UUID.fromString(value);
                }
            } catch (IllegalArgumentException notAnId) {
                // reported below
            }
            error(column, "invalid-id", value);
            return null;
        }

        private boolean bool(OfferColumn column) {
            String value = text(column);
            if (value == null) {
                return false;
            }
            String folded = value.toLowerCase(Locale.GERMAN);
            if (YES.contains(folded)) {
                return true;
            }
            if (!NO.contains(folded)) {
                error(column, "invalid-boolean", value);
            }
            return false;
        }

        private @Nullable Integer integer(OfferColumn column, int min, int max) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value.replace(".", "").replace(" ", ""));
                if (number < min || number > max) {
                    error(column, "number-range", value);
                    return null;
                }
                return number;
            } catch (NumberFormatException notANumber) {
                error(column, "invalid-number", value);
                return null;
            }
        }

        private @Nullable LocalDate date(OfferColumn column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    LocalDate date = LocalDate.parse(value, format);
                    if (date.getYear() >= 1900 && date.getYear() <= 2200) {
                        return date;
                    }
                } catch (DateTimeParseException tryNext) {
                    // next format
                }
            }
            if (value.matches("\\d{4,6}(\\.0+)?")) {
                long serial = Long.parseLong(value.replaceAll("\\..*", ""));
                if (serial > 0 && serial < 120_000) {
                    return EXCEL_EPOCH.plusDays(serial);
                }
            }
            error(column, "invalid-date", value);
            return null;
        }

        private boolean hasError(OfferColumn column) {
            return problems.stream().anyMatch(p -> !p.warning() && p.field().equals(column.key()));
        }

        private void error(OfferColumn column, String code, @Nullable String value) {
            problems.add(ImportProblem.error(line, column, code, value));
        }

        private void warning(OfferColumn column, String code, @Nullable String value) {
            problems.add(ImportProblem.warning(line, column, code, value));
        }
    }
}
