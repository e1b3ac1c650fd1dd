package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Names for what an offer refers to by id or code, in the reader's language: taxonomy terms, spoken languages,
 * municipalities, the organisation's contact persons and locations. Unknown ids show as themselves.
 */
public final class OfferLabels {

    private final TaxonomyCatalog catalog;
    private final GeographyQueries geography;
    private final MessageSource messages;
    private final Map<UUID, String> contacts;
    private final Map<UUID, String> locations;
    private final Function<Schedule, String> scheduleText;
    private final Locale locale;

    OfferLabels(TaxonomyCatalog catalog, GeographyQueries geography, MessageSource messages,
            Map<UUID, String> contacts, Map<UUID, String> locations, Function<Schedule, String> scheduleText,
            Locale locale) {
        this.scheduleText = scheduleText;
        this.catalog = catalog;
        this.geography = geography;
        this.messages = messages;
        this.contacts = Map.copyOf(contacts);
        this.locations = Map.copyOf(locations);
        this.locale = locale;
    }

    public String term(Classification classification) {
        return catalog.snapshot().term(classification.taxonomy(), classification.code())
                .map(term -> term.label(ContentLanguage.of(locale)))
                .orElse(classification.code());
    }

    public boolean isTargetGroup(Classification classification) {
        return TaxonomyCatalog.TARGET_GROUPS.equals(classification.taxonomy());
    }

    public String language(String code) {
        return messages.getMessage("directory.spoken." + code, null, code, locale);
    }

    public String municipality(@Nullable String key) {
        if (key == null || !MunicipalityKey.isValid(key)) {
            return key == null ? "" : key;
        }
        return geography.municipality(MunicipalityKey.of(key)).map(MunicipalitySummary::name).orElse(key);
    }

    public String contact(UUID id) {
        return contacts.getOrDefault(id, id.toString());
    }

    public String location(UUID id) {
        return locations.getOrDefault(id, id.toString());
    }

    /** The schedule in words (ScheduleText), in the reader's language. */
    public String schedule(Schedule schedule) {
        return scheduleText.apply(schedule);
    }

    public String joinSchedules(List<ScheduleData> schedules) {
        return schedules.stream().map(data -> schedule(data.toSchedule())).collect(Collectors.joining("; "));
    }

    public String joinTerms(List<Classification> classifications) {
        return classifications.stream().map(this::term).sorted().collect(Collectors.joining(", "));
    }

    public String joinLanguages(List<String> codes) {
        return codes.stream().map(this::language).sorted().collect(Collectors.joining(", "));
    }

    public String joinMunicipalities(List<String> keys) {
        return keys.stream().map(this::municipality).sorted().collect(Collectors.joining(", "));
    }

    public String joinContacts(List<UUID> ids) {
        return ids.stream().map(this::contact).sorted().collect(Collectors.joining(", "));
    }

    public String joinLocations(List<UUID> ids) {
        return ids.stream().map(this::location).sorted().collect(Collectors.joining(", "));
    }
}
