package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.TaxonomyTermId;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.offer.SpokenLanguages;
import de.integrationsnetz.directory.organisation.ContactDetails;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.schedule.HsdsSchedule;
import de.integrationsnetz.directory.taxonomy.CatalogSnapshot;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.shared.MunicipalityKey;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps HSDS 3.0 objects back onto the model (docs/directory.md §3.1, the import direction of §3.4): a
 * {@code service} to the {@link OfferContent} of an offer with its translations, an {@code organization} to
 * {@link OrganisationDetails} with its contact persons and locations. A pure function of the JSON and the taxonomy
 * catalog: nothing is read from or written to the database; the import pipeline (S9) decides what to create. What
 * the model cannot hold is either kept in {@link MappedService#extra()} (for {@code hsds_extra}) or dropped with a
 * warning.
 */
public final class HsdsMapping {

    /** HSDS fields of a service the model does not edit but keeps for the round trip ({@code hsds_extra}). */
    static final List<String> SERVICE_EXTRA = List.of("alternate_name", "interpretation_services", "wait_time",
            "accreditations", "licenses", "program_id", "program", "funding", "required_documents", "fees", "metadata");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * A service mapped onto an offer.
     *
     * @param contactPersons the service's contacts as contact persons (ids as in {@code content.contacts()}), so that an
     *     import can add the ones its organisation does not have yet
     * @param errors what the model cannot take and an import must refuse (an unreadable schedule); the mapping leaves
     *     it out of {@code content}
     */
    public record MappedService(UUID id, @Nullable UUID organizationId, OfferContent content,
            List<MappedTranslation> translations, ObjectNode extra, List<MappedContact> contactPersons,
            List<String> warnings, List<String> errors) {}

    /** A translation of a service text. */
    public record MappedTranslation(TranslatedField field, ContentLanguage language, String text, boolean machine,
            boolean current) {}

    /** An organisation with its contact persons and locations. */
    public record MappedOrganisation(UUID id, OrganisationDetails details, List<MappedContact> contacts,
            List<MappedLocation> locations, List<String> warnings) {}

    public record MappedContact(UUID id, ContactDetails details) {}

    public record MappedLocation(UUID id, @Nullable UUID organizationId, LocationDetails details,
            @Nullable Coordinates coordinates, @Nullable CoordinateSource coordinateSource) {}

    private final CatalogSnapshot catalog;

    public HsdsMapping(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    // ---------------------------------------------------------------- service

    public MappedService service(JsonNode node) {
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        UUID id = uuid(node, "id").orElseThrow(() -> new IllegalArgumentException("A service needs an id"));
        @Nullable UUID organizationId = uuid(node, "organization_id")
                .or(() -> uuid(node.path("organization"), "id")).orElse(null);

        Set<String> features = new LinkedHashSet<>();
        List<Classification> classifications = new ArrayList<>();
        for (JsonNode attribute : node.path("attributes").values()) {
            Optional<CatalogTerm> term = uuid(attribute, "taxonomy_term_id")
                    .or(() -> uuid(attribute.path("taxonomy_term"), "id"))
                    .flatMap(termId -> catalog.term(new TaxonomyTermId(termId)));
            if (term.isEmpty()) {
                warnings.add("unmapped taxonomy term in attribute " + text(attribute, "id"));
                continue;
            }
            CatalogTerm found = term.get();
            if (TaxonomyCatalog.FEATURES.equals(found.taxonomy()) && HsdsStore.FLAG_FEATURES.containsKey(found.code())) {
                features.add(found.code());
            } else if (List.of(TaxonomyCatalog.CATEGORIES, TaxonomyCatalog.TARGET_GROUPS, TaxonomyCatalog.FEATURES)
                    .contains(found.taxonomy())) {
                classifications.add(new Classification(found.id().value(), found.taxonomy(), found.code()));
            } else {
                warnings.add("taxonomy term " + found.code() + " does not classify offers");
            }
        }

        String onlineUrl = null;
        List<SiteData> sites = new ArrayList<>();
        List<ScheduleData> schedules = new ArrayList<>();
        for (JsonNode site : node.path("service_at_locations").values()) {
            JsonNode location = site.path("location");
            if (location.path("x_online_offer").asBoolean(false)) {
                onlineUrl = text(location, "url");
                continue;
            }
            Optional<UUID> locationId = uuid(site, "location_id").or(() -> uuid(location, "id"));
            if (locationId.isEmpty()) {
                warnings.add("service_at_location " + text(site, "id") + " without location");
                continue;
            }
            Coordinates coordinates = coordinates(location, warnings);
            JsonNode address = location.path("addresses").path(0);
            sites.add(new SiteData(locationId.get(), text(site, "description"),
                    coordinates == null ? null : coordinates.latitude(),
                    coordinates == null ? null : coordinates.longitude(), text(location, "x_ags"),
                    postalCode(text(address, "postal_code"), warnings), text(address, "city")));
            UUID siteId = siteId(id, locationId.get());
            for (JsonNode schedule : site.path("schedules").values()) {
                schedule(schedule, siteId, warnings, errors).ifPresent(schedules::add);
            }
        }
        for (JsonNode schedule : node.path("schedules").values()) {
            schedule(schedule, null, warnings, errors).ifPresent(schedules::add);
        }
        schedules = distinctIds(id, schedules);

        boolean free = features.contains("kostenlos");
        for (JsonNode cost : node.path("cost_options").values()) {
            if (cost.path("amount").isNumber() && cost.path("amount").asDouble() == 0) {
                free = true;
            }
        }
        OfferFlags flags = new OfferFlags(free, features.contains("anmeldung"), features.contains("termin"),
                features.contains("barrierefrei"), features.contains("niedrigschwellig"),
                features.contains("ehrenamtlich"), features.contains("online") || onlineUrl != null,
                features.contains("telefonisch"));

        boolean wholeDistrict = false;
        List<String> areas = new ArrayList<>();
        for (JsonNode area : node.path("service_areas").values()) {
            String type = text(area, "extent_type");
            String extent = text(area, "extent");
            if ("ars".equals(type) && extent != null && extent.matches("\\d{5}")) {
                wholeDistrict = true;
            } else if ("ags".equals(type) && extent != null && extent.matches("\\d{8}")) {
                areas.add(extent);
            } else {
                warnings.add("service area " + text(area, "id") + " is not a Saxon municipality or district");
            }
        }

        List<String> languages = new ArrayList<>();
        for (JsonNode language : node.path("languages").values()) {
            String code = text(language, "code");
            if (code != null && SpokenLanguages.isKnown(code.toLowerCase(Locale.ROOT))) {
                languages.add(code.toLowerCase(Locale.ROOT));
            } else {
                warnings.add("unknown language " + code);
            }
        }
        List<UUID> contacts = new ArrayList<>();
        List<MappedContact> contactPersons = new ArrayList<>();
        for (JsonNode contact : node.path("contacts").values()) {
            uuid(contact, "id").ifPresent(contactId -> {
                contacts.add(contactId);
                contact(contact, contactId).ifPresent(contactPersons::add);
            });
        }

        JsonNode course = node.path("x_course");
        CourseDetails courseDetails = course.isObject() ? new CourseDetails(courseLevel(text(course, "level")),
                date(course, "start_date", warnings), date(course, "end_date", warnings),
                integer(course, "places_total"), integer(course, "places_free"),
                date(course, "registration_deadline", warnings)) : CourseDetails.NONE;

        OfferContent content = new OfferContent(text(node, "name"), text(node, "description"),
                text(node, "fees_description"), text(node, "eligibility_description"),
                text(node, "application_process"), text(node, "alert"), text(node, "url"), text(node, "email"),
                text(node.path("phones").path(0), "number"), onlineUrl, flags, wholeDistrict,
                integer(node, "minimum_age"), integer(node, "maximum_age"), date(node, "x_valid_from", warnings),
                date(node, "x_valid_to", warnings), courseDetails, classifications, languages, areas, sites, contacts,
                schedules);

        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        SERVICE_EXTRA.stream().filter(node::has).forEach(field -> extra.set(field, node.get(field)));
        return new MappedService(id, organizationId, content, translations(node.path("x_translations"), warnings),
                extra, List.copyOf(contactPersons), List.copyOf(warnings), List.copyOf(errors));
    }

    /**
     * The schedules with ids that are unique within the offer: HSDS files may use one schedule id in several places
     * (the official examples do); a repeated one gets an id derived from the service, the id and its position.
     */
    private static List<ScheduleData> distinctIds(UUID service, List<ScheduleData> schedules) {
        Set<UUID> seen = new java.util.HashSet<>();
        List<ScheduleData> distinct = new ArrayList<>();
        for (int i = 0; i < schedules.size(); i++) {
            ScheduleData data = schedules.get(i);
            if (!seen.add(data.id())) {
                UUID derived = UUID.nameUUIDFromBytes(("integrationsnetz:schedule:" + service + ":" + data.id() + ":"
                        + i).getBytes(StandardCharsets.UTF_8));
                seen.add(derived);
                data = new ScheduleData(derived, data.siteId(), data.kind(), data.rrule(), data.start(),
                        data.opensAt(), data.closesAt(), data.validFrom(), data.validUntil(), data.attending(),
                        data.note());
            }
            distinct.add(data);
        }
        return distinct;
    }

    /** The id our model gives the site of an offer at a location (as {@code OfferSite}: v3 of both ids). */
    public static UUID siteId(UUID offer, UUID location) {
        return UUID.nameUUIDFromBytes(("integrationsnetz:offer-site:" + offer + ":" + location)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Optional<ScheduleData> schedule(JsonNode node, @Nullable UUID siteId, List<String> warnings,
            List<String> errors) {
        String id = text(node, "id");
        if (node.path("timezone").isNumber()) {
            warnings.add("schedule " + id + ": numeric timezone ignored (times are Europe/Berlin)");
        }
        boolean lossless = node.hasNonNull("x_rrule");
        String freq = text(node, "freq");
        if (!lossless && node.hasNonNull("count") && node.hasNonNull("until")) {
            warnings.add("schedule " + id + ": count and until together, until kept");
        }
        if (!lossless && node.hasNonNull("byweekno")) {
            warnings.add("schedule " + id + ": byweekno dropped");
        }
        if (!lossless && node.hasNonNull("byyearday")) {
            warnings.add("schedule " + id + ": byyearday dropped");
        }
        if (!lossless && "WEEKLY".equalsIgnoreCase(freq) && node.hasNonNull("bymonthday")) {
            warnings.add("schedule " + id + ": bymonthday with WEEKLY dropped");
        }
        try {
            ObjectNode copy = ((ObjectNode) node.deepCopy());
            copy.remove(List.of("attributes", "metadata", "timezone", "byweekno", "byyearday"));
            if (copy.path("count").isNumber() && copy.hasNonNull("until")) {
                copy.remove("count");
            }
            if (copy.path("interval").isNumber()) {
                copy.put("interval", copy.path("interval").asInt());
            }
            HsdsSchedule schedule = JSON.treeToValue(copy, HsdsSchedule.class);
            UUID scheduleId = uuid(node, "id").orElseGet(UUID::randomUUID);
            HsdsSchedule placed = siteId == null ? schedule : new HsdsSchedule(schedule.id(), schedule.serviceId(),
                    schedule.locationId(), siteId, schedule.validFrom(), schedule.validTo(), schedule.dtstart(), null,
                    schedule.until(), schedule.count(), schedule.wkst(), schedule.freq(), schedule.interval(),
                    schedule.byday(), null, schedule.bymonthday(), null, schedule.description(), schedule.opensAt(),
                    schedule.closesAt(), schedule.scheduleLink(), schedule.attendingType(), schedule.notes(),
                    schedule.rrule(), schedule.tzid(), schedule.kind());
            ScheduleData data = ScheduleData.of(placed.toSchedule(scheduleId));
            if (siteId == null && data.siteId() != null) {
                data = new ScheduleData(data.id(), null, data.kind(), data.rrule(), data.start(), data.opensAt(),
                        data.closesAt(), data.validFrom(), data.validUntil(), data.attending(), data.note());
            }
            return Optional.of(data);
        } catch (RuntimeException unreadable) {
            errors.add("schedule " + id + " unreadable: " + unreadable.getMessage());
            return Optional.empty();
        }
    }

    private List<MappedTranslation> translations(JsonNode node, List<String> warnings) {
        Map<String, TranslatedField> fields = new java.util.HashMap<>();
        HsdsDocuments.SERVICE_FIELDS.forEach((field, name) -> fields.put(name, field));
        List<MappedTranslation> translations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> language : node.properties()) {
            ContentLanguage content = ContentLanguage.ofCode(language.getKey());
            if (content == ContentLanguage.DE) {
                warnings.add("translation into unknown language " + language.getKey() + " dropped");
                continue;
            }
            for (Map.Entry<String, JsonNode> field : language.getValue().properties()) {
                TranslatedField translated = fields.get(field.getKey());
                String text = text(field.getValue(), "text");
                if (translated == null || text == null) {
                    warnings.add("translation of " + field.getKey() + " dropped");
                    continue;
                }
                translations.add(new MappedTranslation(translated, content, text,
                        field.getValue().path("machine").asBoolean(false),
                        !"outdated".equals(text(field.getValue(), "status"))));
            }
        }
        return translations;
    }

    // ---------------------------------------------------------------- organisation

    public MappedOrganisation organization(JsonNode node) {
        List<String> warnings = new ArrayList<>();
        UUID id = uuid(node, "id").orElseThrow(() -> new IllegalArgumentException("An organization needs an id"));
        String name = text(node, "name");
        OrganisationType type = organisationType(node, warnings);
        String description = text(node, "description");
        if (description != null && description.equals(name)) {
            description = null; // our export writes the name where HSDS needs a description and we have none
        }
        List<MappedLocation> locations = new ArrayList<>();
        for (JsonNode location : node.path("locations").values()) {
            location(location, warnings).ifPresent(locations::add);
        }
        Address address = locations.stream().map(location -> location.details().address())
                .filter(candidate -> !candidate.isEmpty()).findFirst().orElse(Address.NONE);
        Set<MunicipalityKey> served = new LinkedHashSet<>();
        for (JsonNode ags : node.path("x_municipalities_served").values()) {
            municipality(ags.asString(), warnings).ifPresent(served::add);
        }
        OrganisationDetails details = new OrganisationDetails(name, type, description, address,
                text(node.path("phones").path(0), "number"), text(node, "email"), text(node, "website"), null,
                municipality(text(node, "x_seat_ags"), warnings).orElse(null), served, OrganisationStatus.ACTIVE);
        List<MappedContact> contacts = new ArrayList<>();
        for (JsonNode contact : node.path("contacts").values()) {
            Optional<MappedContact> mapped = uuid(contact, "id").flatMap(contactId -> contact(contact, contactId));
            if (mapped.isEmpty()) {
                warnings.add("contact without id or name dropped");
                continue;
            }
            contacts.add(mapped.get());
        }
        return new MappedOrganisation(id, details, contacts, locations, List.copyOf(warnings));
    }

    /** A contact person; without an explicit {@code x_publish_consent} a person is not published. */
    private static Optional<MappedContact> contact(JsonNode contact, UUID id) {
        String name = text(contact, "name");
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new MappedContact(id, new ContactDetails(name, text(contact, "title"),
                text(contact, "department"), text(contact.path("phones").path(0), "number"), text(contact, "email"),
                contact.path("x_publish_consent").asBoolean(false))));
    }

    private OrganisationType organisationType(JsonNode node, List<String> warnings) {
        OrganisationType type = node.hasNonNull("x_organisation_type")
                ? OrganisationType.parse(node.path("x_organisation_type").asString()) : null;
        if (type != null) {
            return type;
        }
        for (JsonNode attribute : node.path("attributes").values()) {
            Optional<CatalogTerm> term = uuid(attribute, "taxonomy_term_id")
                    .flatMap(termId -> catalog.term(new TaxonomyTermId(termId)))
                    .filter(found -> TaxonomyCatalog.ACTOR_TYPES.equals(found.taxonomy()));
            if (term.isPresent()) {
                for (OrganisationType candidate : OrganisationType.values()) {
                    if (candidate.termCode().equals(term.get().code())) {
                        return candidate;
                    }
                }
            }
        }
        warnings.add("organization " + text(node, "id") + " has no organisation type: OTHER");
        return OrganisationType.OTHER;
    }

    /** A location; {@code x_online_offer} locations belong to their offer and are skipped. */
    public Optional<MappedLocation> location(JsonNode node, List<String> warnings) {
        Optional<UUID> id = uuid(node, "id");
        if (id.isEmpty() || node.path("x_online_offer").asBoolean(false)) {
            return Optional.empty();
        }
        LocationType type = switch (String.valueOf(text(node, "location_type"))) {
            case "virtual" -> LocationType.VIRTUAL;
            case "postal" -> LocationType.POSTAL;
            default -> LocationType.PHYSICAL;
        };
        String name = text(node, "name");
        JsonNode address = node.path("addresses").path(0);
        String street = text(address, "address_1");
        if (street != null && street.equals(name)) {
            street = null; // our export writes the name where HSDS needs address_1 and we have no street
        }
        Address mapped = address(street, text(address, "address_2"), text(address, "postal_code"),
                text(address, "city"), warnings);
        boolean barrierFree = false;
        for (JsonNode attribute : node.path("attributes").values()) {
            Optional<CatalogTerm> term = uuid(attribute, "taxonomy_term_id")
                    .flatMap(termId -> catalog.term(new TaxonomyTermId(termId)));
            barrierFree |= term.filter(found -> TaxonomyCatalog.FEATURES.equals(found.taxonomy())
                    && "barrierefrei".equals(found.code())).isPresent();
        }
        Coordinates coordinates = coordinates(node, warnings);
        CoordinateSource source = null;
        if (coordinates != null) {
            source = node.hasNonNull("x_coordinate_source")
                    ? CoordinateSource.valueOf(node.path("x_coordinate_source").asString()) : CoordinateSource.IMPORT;
        }
        LocationDetails details = new LocationDetails(type, name == null ? "" : name, text(node, "description"),
                mapped, municipality(text(node, "x_ags"), warnings).orElse(null), text(node, "url"),
                text(node, "transportation"), text(node.path("accessibility").path(0), "description"), barrierFree);
        return Optional.of(new MappedLocation(id.get(), uuid(node, "organization_id").orElse(null), details,
                coordinates, source));
    }

    // ---------------------------------------------------------------- values

    private static @Nullable Coordinates coordinates(JsonNode node, List<String> warnings) {
        if (!node.path("latitude").isNumber() || !node.path("longitude").isNumber()) {
            return null;
        }
        double latitude = node.path("latitude").asDouble();
        double longitude = node.path("longitude").asDouble();
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            warnings.add("location " + text(node, "id") + ": coordinates " + latitude + ", " + longitude
                    + " out of range, dropped");
            return null;
        }
        return new Coordinates(latitude, longitude);
    }

    private static Address address(@Nullable String street, @Nullable String line2, @Nullable String postalCode,
            @Nullable String city, List<String> warnings) {
        return new Address(street, line2, postalCode(postalCode, warnings), city);
    }

    private static @Nullable String postalCode(@Nullable String value, List<String> warnings) {
        if (value == null || value.strip().matches("\\d{5}")) {
            return value == null ? null : value.strip();
        }
        warnings.add("postal code " + value + " is not German, dropped");
        return null;
    }

    private static Optional<MunicipalityKey> municipality(@Nullable String value, List<String> warnings) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MunicipalityKey.of(value.strip()));
        } catch (IllegalArgumentException malformed) {
            warnings.add("municipality key " + value + " malformed, dropped");
            return Optional.empty();
        }
    }

    private static @Nullable CourseLevel courseLevel(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return CourseLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable LocalDate date(JsonNode node, String field, List<String> warnings) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException malformed) {
            warnings.add(field + ": not a date: " + value);
            return null;
        }
    }

    private static @Nullable Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? Integer.valueOf(value.asInt()) : null;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }

    private static Optional<UUID> uuid(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
