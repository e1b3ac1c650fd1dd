package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferSite;
import de.integrationsnetz.directory.organisation.ContactPerson;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.schedule.HsdsSchedule;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.schedule.ScheduleText;
import de.integrationsnetz.directory.taxonomy.Taxonomy;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.taxonomy.TaxonomyTerm;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes offers, organisations, locations and taxonomies as HSDS 3.0 objects (docs/directory.md §3.1) with the
 * profile's {@code x_} extensions (§3.2). JSON names are the schemas'; empty values are left out. Call inside a
 * read-only transaction (the entities' collections load lazily).
 *
 * <p>Two audiences: {@link Audience#PUBLIC} (the API: consenting contact persons only) and {@link Audience#EXPORT}
 * (the district's back-office file: every contact person with {@code x_publish_consent}, and
 * {@code x_publication_status} on every service).
 */
@Component
public class HsdsDocuments {

    /** Who reads the documents. */
    public enum Audience { PUBLIC, EXPORT }

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** HSDS names of the translated offer fields, in the order of the schema. */
    static final Map<TranslatedField, String> SERVICE_FIELDS = fields();

    private final HsdsStore store;
    private final GeographyQueries geography;
    private final MessageSource messages;
    private final ScheduleText scheduleText;
    private final Clock clock;
    private final String baseUrl;

    HsdsDocuments(HsdsStore store, GeographyQueries geography, MessageSource messages, ScheduleText scheduleText,
            Clock clock, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.geography = geography;
        this.messages = messages;
        this.scheduleText = scheduleText;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private static Map<TranslatedField, String> fields() {
        Map<TranslatedField, String> fields = new LinkedHashMap<>();
        fields.put(TranslatedField.NAME, "name");
        fields.put(TranslatedField.DESCRIPTION, "description");
        fields.put(TranslatedField.FEES, "fees_description");
        fields.put(TranslatedField.ELIGIBILITY, "eligibility_description");
        fields.put(TranslatedField.APPLICATION, "application_process");
        fields.put(TranslatedField.ALERT, "alert");
        return java.util.Collections.unmodifiableMap(fields);
    }

    public String baseUrl() {
        return baseUrl;
    }

    // ---------------------------------------------------------------- context

    /**
     * What the documents of one request share: taxonomies and terms (read once), and the organisations and
     * locations of the offers being written.
     */
    public final class Context {

        final Audience audience;
        final Map<UUID, Taxonomy> taxonomies = new HashMap<>();
        final Map<String, Taxonomy> taxonomiesByCode = new HashMap<>();
        final Map<UUID, TaxonomyTerm> terms = new HashMap<>();
        final Map<String, TaxonomyTerm> termsByCode = new HashMap<>();
        final Map<UUID, Organisation> organisations = new HashMap<>();
        final Map<UUID, Location> locations = new HashMap<>();
        final Map<UUID, List<Location>> locationsByOrganisation = new HashMap<>();
        final LocalDate today = LocalDate.now(clock.withZone(BERLIN));

        Context(Audience audience) {
            this.audience = audience;
            for (Taxonomy taxonomy : store.taxonomies()) {
                taxonomies.put(taxonomy.id(), taxonomy);
                taxonomiesByCode.put(taxonomy.code(), taxonomy);
            }
            for (TaxonomyTerm term : store.terms()) {
                terms.put(term.id(), term);
                Taxonomy taxonomy = taxonomies.get(term.taxonomyId());
                if (taxonomy != null) {
                    termsByCode.put(taxonomy.code() + "\u0000" + term.code(), term);
                }
            }
        }

        /** Loads the organisations and locations the offers need (one query each). */
        public Context withOffers(Collection<Offer> offers) {
            Set<UUID> organisationIds = new LinkedHashSet<>();
            offers.forEach(offer -> organisationIds.add(offer.organisation().value()));
            return withOrganisationIds(organisationIds);
        }

        public Context withOrganisations(Collection<Organisation> loaded) {
            loaded.forEach(organisation -> organisations.put(organisation.id().value(), organisation));
            return withOrganisationIds(loaded.stream().map(organisation -> organisation.id().value()).toList());
        }

        private Context withOrganisationIds(Collection<UUID> ids) {
            List<UUID> missing = ids.stream().filter(id -> !organisations.containsKey(id)).toList();
            organisations.putAll(store.organisations(missing));
            List<UUID> withoutLocations = ids.stream().filter(id -> !locationsByOrganisation.containsKey(id)).toList();
            Map<UUID, List<Location>> loaded = store.locationsOf(withoutLocations);
            for (UUID id : withoutLocations) {
                List<Location> list = loaded.getOrDefault(id, List.of());
                locationsByOrganisation.put(id, list);
                list.forEach(location -> locations.put(location.id().value(), location));
            }
            return this;
        }

        @Nullable TaxonomyTerm term(String taxonomy, String code) {
            return termsByCode.get(taxonomy + "\u0000" + code);
        }
    }

    public Context context(Audience audience) {
        return new Context(audience);
    }

    // ---------------------------------------------------------------- service

    /** A service in the shape of {@code compiled/service_list.json}: its own fields, no arrays. */
    public ObjectNode serviceSummary(Offer offer, Context context) {
        ObjectNode service = NODES.objectNode();
        put(service, "id", offer.id().value());
        put(service, "organization_id", offer.organisation().value());
        put(service, "name", offer.name());
        put(service, "description", offer.description());
        put(service, "url", offer.url());
        put(service, "email", offer.email());
        put(service, "status", status(offer));
        put(service, "application_process", offer.applicationNote());
        put(service, "fees_description", offer.feesNote());
        put(service, "eligibility_description", offer.eligibilityNote());
        put(service, "minimum_age", offer.minAge());
        put(service, "maximum_age", offer.maxAge());
        put(service, "assured_date", LocalDate.ofInstant(offer.lastConfirmedAt(), BERLIN));
        put(service, "alert", offer.alert());
        put(service, "last_modified", offer.updatedAt());
        put(service, "x_valid_from", offer.validFrom());
        put(service, "x_valid_to", offer.validUntil());
        put(service, "x_district_ars", offer.district().value());
        service.put("x_demo", offer.isDemo());
        if (context.audience == Audience.EXPORT) {
            put(service, "x_publication_status", offer.status().name());
            offer.archiveReason().ifPresent(reason -> put(service, "x_archive_reason", reason.name()));
        }
        return service;
    }

    /**
     * A complete service ({@code compiled/service.json}): phones, schedules, service areas, sites with their
     * locations, languages, cost options, contacts, attributes, the profile extensions, and the nested
     * organisation when {@code withOrganisation}.
     */
    public ObjectNode service(Offer offer, Context context, boolean withOrganisation) {
        ObjectNode service = serviceSummary(offer, context);
        UUID id = offer.id().value();
        ArrayNode phones = service.putArray("phones");
        if (offer.phone() != null) {
            ObjectNode phone = phones.addObject();
            put(phone, "id", HsdsIds.derived(id, "phone"));
            put(phone, "service_id", id);
            put(phone, "number", offer.phone());
        }
        ArrayNode schedules = service.putArray("schedules");
        offer.schedules().stream().filter(schedule -> schedule.siteId().isEmpty())
                .forEach(schedule -> schedules.add(schedule(schedule, context).withServiceId(id)));
        ArrayNode areas = service.putArray("service_areas");
        serviceAreas(offer).forEach(areas::add);
        ArrayNode sites = service.putArray("service_at_locations");
        for (OfferSite site : offer.sites()) {
            sites.add(serviceAtLocation(offer, site, context));
        }
        if (offer.onlineUrl() != null) {
            sites.add(onlineSite(offer));
        }
        ArrayNode languages = service.putArray("languages");
        offer.languages().stream().sorted().forEach(code -> {
            ObjectNode language = languages.addObject();
            put(language, "id", HsdsIds.derived(id, "language:" + code));
            put(language, "service_id", id);
            put(language, "name", messages.getMessage("directory.spoken." + code, null, code, Locale.GERMAN));
            put(language, "code", code);
        });
        ArrayNode costs = service.putArray("cost_options");
        if (offer.flags().freeOfCharge()) {
            ObjectNode cost = costs.addObject();
            put(cost, "id", HsdsIds.derived(id, "cost"));
            put(cost, "service_id", id);
            put(cost, "option", "kostenlos");
            cost.put("amount", 0);
            put(cost, "currency", "EUR");
        } else if (offer.feesNote() != null) {
            ObjectNode cost = costs.addObject();
            put(cost, "id", HsdsIds.derived(id, "cost"));
            put(cost, "service_id", id);
            put(cost, "amount_description", offer.feesNote());
        }
        ArrayNode contacts = service.putArray("contacts");
        Organisation organisation = context.organisations.get(offer.organisation().value());
        if (organisation != null) {
            organisation.contacts().stream()
                    .filter(person -> offer.contacts().contains(person.id()))
                    .filter(person -> context.audience == Audience.EXPORT || person.publishConsent())
                    .sorted(Comparator.comparing(ContactPerson::name).thenComparing(ContactPerson::id))
                    .forEach(person -> contacts.add(contact(person, context, null, id)));
        }
        ArrayNode attributes = service.putArray("attributes");
        serviceAttributes(offer, context).forEach(attributes::add);
        ObjectNode translations = translations(offer);
        if (!translations.isEmpty()) {
            service.set("x_translations", translations);
        }
        CourseDetails course = offer.course();
        if (!course.isEmpty()) {
            ObjectNode node = service.putObject("x_course");
            put(node, "level", course.level() == null ? null : course.level().name());
            put(node, "start_date", course.start());
            put(node, "end_date", course.end());
            put(node, "places_total", course.placesTotal());
            put(node, "places_free", course.placesFree());
            put(node, "registration_deadline", course.registrationDeadline());
        }
        if (withOrganisation && organisation != null) {
            service.set("organization", organization(organisation, context, false));
        }
        mergeExtra(service, offer.hsdsExtra());
        return service;
    }

    static String status(Offer offer) {
        return switch (offer.status()) {
            case PUBLISHED -> "active";
            case ARCHIVED -> {
                ArchiveReason reason = offer.archiveReason().orElse(null);
                yield reason == ArchiveReason.ENDED ? "defunct"
                        : reason == ArchiveReason.TEMPORARILY_CLOSED ? "temporarily closed" : "inactive";
            }
            case DRAFT, IN_REVIEW -> "inactive";
        };
    }

    private HsdsScheduleNode schedule(Schedule schedule, Context context) {
        return new HsdsScheduleNode(HsdsSchedule.of(schedule,
                scheduleText.describe(schedule, Locale.GERMAN, context.today)));
    }

    /** A schedule on its way into a JSON array. */
    private record HsdsScheduleNode(HsdsSchedule schedule) {
        JsonNode withServiceId(UUID id) {
            return JSON.valueToTree(schedule.withServiceId(id));
        }

        JsonNode asIs() {
            return JSON.valueToTree(schedule);
        }
    }

    private List<ObjectNode> serviceAreas(Offer offer) {
        UUID id = offer.id().value();
        List<ObjectNode> areas = new ArrayList<>();
        if (offer.wholeDistrict()) {
            DistrictKey district = offer.district();
            ObjectNode area = NODES.objectNode();
            put(area, "id", HsdsIds.derived(id, "area:" + district.value()));
            put(area, "service_id", id);
            put(area, "name", geography.district(district).map(DistrictSummary::name).orElse(district.value()));
            put(area, "extent", district.value());
            put(area, "extent_type", "ars");
            put(area, "uri", baseUrl + "/api/v1/districts/" + district.value());
            areas.add(area);
        }
        for (String ags : new java.util.TreeSet<>(offer.serviceAreas())) {
            ObjectNode area = NODES.objectNode();
            put(area, "id", HsdsIds.derived(id, "area:" + ags));
            put(area, "service_id", id);
            put(area, "name", municipalityName(ags));
            put(area, "extent", ags);
            put(area, "extent_type", "ags");
            put(area, "uri", baseUrl + "/api/v1/municipalities/" + ags);
            areas.add(area);
        }
        return areas;
    }

    private String municipalityName(String ags) {
        try {
            return geography.municipality(MunicipalityKey.of(ags)).map(MunicipalitySummary::name).orElse(ags);
        } catch (IllegalArgumentException malformed) {
            return ags;
        }
    }

    /**
     * A service_at_location in the shape of {@code compiled/service_at_location_list.json}: its own fields with the
     * one-to-one fields of its location and its service. {@code site} null: the offer's online address.
     */
    public ObjectNode serviceAtLocationSummary(Offer offer, @Nullable OfferSite site, Context context) {
        ObjectNode complete = site == null ? onlineSite(offer) : serviceAtLocation(offer, site, context);
        ObjectNode node = NODES.objectNode();
        for (String field : List.of("id", "service_id", "location_id", "description")) {
            if (complete.has(field)) {
                node.set(field, complete.get(field));
            }
        }
        if (complete.get("location") instanceof ObjectNode location) {
            ObjectNode own = node.putObject("location");
            location.properties().forEach(entry -> {
                if (!entry.getValue().isContainer()) {
                    own.set(entry.getKey(), entry.getValue());
                }
            });
        }
        node.set("service", serviceSummary(offer, context));
        return node;
    }

    /**
     * A complete service_at_location ({@code compiled/service_at_location.json}): schedules of the site, the
     * location with its address, and the complete service (without its own list of service_at_locations).
     */
    public ObjectNode serviceAtLocationFull(Offer offer, @Nullable OfferSite site, Context context) {
        ObjectNode node = site == null ? onlineSite(offer) : serviceAtLocation(offer, site, context);
        ObjectNode service = service(offer, context, true);
        service.remove("service_at_locations");
        node.set("service", service);
        return node;
    }

    private ObjectNode serviceAtLocation(Offer offer, OfferSite site, Context context) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", site.id());
        put(node, "service_id", offer.id().value());
        put(node, "location_id", site.location().value());
        put(node, "description", site.description());
        ArrayNode schedules = node.putArray("schedules");
        offer.schedules().stream().filter(schedule -> schedule.siteId().map(site.id()::equals).orElse(false))
                .forEach(schedule -> schedules.add(schedule(schedule, context).asIs()));
        Location location = context.locations.get(site.location().value());
        if (location != null) {
            node.set("location", location(location, context));
        }
        return node;
    }

    private ObjectNode onlineSite(Offer offer) {
        UUID id = offer.id().value();
        ObjectNode node = NODES.objectNode();
        put(node, "id", HsdsIds.onlineSite(id));
        put(node, "service_id", id);
        put(node, "location_id", HsdsIds.onlineLocation(id));
        ObjectNode location = node.putObject("location");
        put(location, "id", HsdsIds.onlineLocation(id));
        put(location, "location_type", "virtual");
        put(location, "url", offer.onlineUrl());
        put(location, "organization_id", offer.organisation().value());
        put(location, "name", "Online");
        location.put("x_online_offer", true);
        return node;
    }

    private List<ObjectNode> serviceAttributes(Offer offer, Context context) {
        UUID id = offer.id().value();
        Map<UUID, ObjectNode> attributes = new TreeMap<>();
        for (Classification classification : offer.classifications()) {
            String linkType = switch (classification.taxonomy()) {
                case TaxonomyCatalog.CATEGORIES -> "category";
                case TaxonomyCatalog.TARGET_GROUPS -> "target_group";
                case TaxonomyCatalog.FEATURES -> "feature";
                default -> "classification";
            };
            TaxonomyTerm term = context.terms.get(classification.termId());
            if (term != null) {
                attributes.put(term.id(), attribute(id, "service", linkType, term, context,
                        "feature".equals(linkType) ? "true" : null));
            }
        }
        OfferFlags flags = offer.flags();
        Map<String, Boolean> flagValues = Map.of("kostenlos", flags.freeOfCharge(), "barrierefrei",
                flags.barrierFree(), "niedrigschwellig", flags.lowThreshold(), "ehrenamtlich", flags.volunteerRun(),
                "anmeldung", flags.registrationRequired(), "termin", flags.appointmentRequired(), "online",
                flags.online(), "telefonisch", flags.byPhone());
        flagValues.forEach((code, value) -> {
            TaxonomyTerm term = context.term(TaxonomyCatalog.FEATURES, code);
            if (value && term != null && !attributes.containsKey(term.id())) {
                attributes.put(term.id(), attribute(id, "service", "feature", term, context, "true"));
            }
        });
        return List.copyOf(attributes.values());
    }

    private ObjectNode attribute(UUID linkId, String linkEntity, String linkType, TaxonomyTerm term, Context context,
            @Nullable String value) {
        ObjectNode attribute = NODES.objectNode();
        put(attribute, "id", HsdsIds.derived(linkId, "attribute:" + term.id()));
        put(attribute, "link_id", linkId);
        put(attribute, "taxonomy_term_id", term.id());
        put(attribute, "link_type", linkType);
        put(attribute, "link_entity", linkEntity);
        put(attribute, "value", value);
        attribute.set("taxonomy_term", taxonomyTerm(term, context));
        return attribute;
    }

    private ObjectNode translations(Offer offer) {
        ObjectNode node = NODES.objectNode();
        Map<ContentLanguage, Map<TranslatedField, Translation>> byLanguage = new TreeMap<>();
        for (Translation translation : offer.translations()) {
            byLanguage.computeIfAbsent(translation.language(), language -> new TreeMap<>())
                    .put(translation.field(), translation);
        }
        byLanguage.forEach((language, rows) -> {
            ObjectNode fields = node.putObject(language.code());
            rows.forEach((field, translation) -> {
                String name = SERVICE_FIELDS.get(field);
                if (name != null) {
                    ObjectNode text = fields.putObject(name);
                    put(text, "text", translation.text());
                    put(text, "status", translation.status().name().toLowerCase(Locale.ROOT));
                    text.put("machine", translation.machine());
                }
            });
        });
        return node;
    }

    // ---------------------------------------------------------------- organisation

    /** An organisation in the shape of {@code compiled/organization_list.json}: its own fields, no arrays. */
    public ObjectNode organizationSummary(Organisation organisation) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", organisation.id().value());
        put(node, "name", organisation.name());
        // HSDS requires a description, and the tabular package cannot tell an empty one from a missing one
        put(node, "description", organisation.description() == null ? organisation.name() : organisation.description());
        put(node, "email", organisation.email());
        put(node, "website", organisation.website());
        put(node, "x_organisation_type", organisation.type().name());
        put(node, "x_district_ars", organisation.district().value());
        organisation.seatMunicipality().ifPresent(seat -> put(node, "x_seat_ags", seat.value()));
        node.put("x_demo", organisation.isDemo());
        return node;
    }

    /**
     * A complete organisation ({@code compiled/organization.json}): phones, contacts, locations, its type as an
     * attribute, the served municipalities; with {@code services} the given offers as complete services.
     */
    public ObjectNode organization(Organisation organisation, Context context, boolean withLocations) {
        ObjectNode node = organizationSummary(organisation);
        UUID id = organisation.id().value();
        ArrayNode served = node.putArray("x_municipalities_served");
        organisation.servedMunicipalities().stream().map(MunicipalityKey::value).sorted().forEach(served::add);
        ArrayNode phones = node.putArray("phones");
        if (organisation.phone() != null) {
            ObjectNode phone = phones.addObject();
            put(phone, "id", HsdsIds.derived(id, "phone"));
            put(phone, "organization_id", id);
            put(phone, "number", organisation.phone());
        }
        ArrayNode contacts = node.putArray("contacts");
        organisation.contacts().stream()
                .filter(person -> context.audience == Audience.EXPORT || person.publishConsent())
                .sorted(Comparator.comparing(ContactPerson::name).thenComparing(ContactPerson::id))
                .forEach(person -> contacts.add(contact(person, context, id, null)));
        if (withLocations) {
            ArrayNode locations = node.putArray("locations");
            context.locationsByOrganisation.getOrDefault(id, List.of())
                    .forEach(location -> locations.add(location(location, context)));
        }
        ArrayNode attributes = node.putArray("attributes");
        TaxonomyTerm type = context.term(TaxonomyCatalog.ACTOR_TYPES, organisation.type().termCode());
        if (type != null) {
            attributes.add(attribute(id, "organization", "organization_type", type, context, null));
        }
        return node;
    }

    /** {@link #organization} with {@code services[]}: the given offers as complete services. */
    public ObjectNode organizationWithServices(Organisation organisation, List<Offer> offers, Context context) {
        ObjectNode node = organization(organisation, context, true);
        ArrayNode services = node.putArray("services");
        offers.forEach(offer -> services.add(service(offer, context, false)));
        return node;
    }

    private ObjectNode contact(ContactPerson person, Context context, @Nullable UUID organisationId,
            @Nullable UUID serviceId) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", person.id());
        put(node, "organization_id", organisationId);
        put(node, "service_id", serviceId);
        put(node, "name", person.name());
        put(node, "title", person.functionTitle());
        put(node, "department", person.department());
        put(node, "email", person.email());
        ArrayNode phones = node.putArray("phones");
        if (person.phone() != null) {
            ObjectNode phone = phones.addObject();
            put(phone, "id", HsdsIds.derived(person.id(), "phone"));
            put(phone, "contact_id", person.id());
            put(phone, "number", person.phone());
        }
        if (context.audience == Audience.EXPORT) {
            node.put("x_publish_consent", person.publishConsent());
        }
        return node;
    }

    // ---------------------------------------------------------------- location

    public ObjectNode location(Location location, Context context) {
        ObjectNode node = NODES.objectNode();
        UUID id = location.id().value();
        put(node, "id", id);
        put(node, "location_type", location.type().name().toLowerCase(Locale.ROOT));
        put(node, "url", location.url());
        put(node, "organization_id", location.organisation().value());
        put(node, "name", location.name());
        put(node, "description", location.description());
        put(node, "transportation", location.transportation());
        location.coordinates().ifPresent(coordinates -> {
            node.put("latitude", coordinates.latitude());
            node.put("longitude", coordinates.longitude());
        });
        ArrayNode addresses = node.putArray("addresses");
        Address address = location.address();
        if (address.postalCode() != null && address.city() != null) {
            addresses.add(address(id, address, location, context));
        }
        ArrayNode accessibility = node.putArray("accessibility");
        if (location.accessibility() != null) {
            ObjectNode entry = accessibility.addObject();
            put(entry, "id", HsdsIds.derived(id, "accessibility"));
            put(entry, "location_id", id);
            put(entry, "description", location.accessibility());
        }
        ArrayNode attributes = node.putArray("attributes");
        TaxonomyTerm barrierFree = context.term(TaxonomyCatalog.FEATURES, "barrierefrei");
        if (location.barrierFree() && barrierFree != null) {
            attributes.add(attribute(id, "location", "feature", barrierFree, context, "true"));
        }
        location.municipality().ifPresent(municipality -> put(node, "x_ags", municipality.value()));
        if (location.coordinateSource() != null) {
            put(node, "x_coordinate_source", location.coordinateSource().name());
        }
        return node;
    }

    private ObjectNode address(UUID locationId, Address address, Location location, Context context) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", HsdsIds.derived(locationId, "address"));
        put(node, "location_id", locationId);
        put(node, "address_1", address.street() == null ? location.name() : address.street());
        put(node, "address_2", address.addressLine2());
        put(node, "city", address.city());
        Organisation organisation = context.organisations.get(location.organisation().value());
        DistrictKey district = location.municipality().map(MunicipalityKey::district)
                .orElse(organisation == null ? null : organisation.district());
        if (district != null) {
            put(node, "region", geography.district(district).map(DistrictSummary::name).orElse(null));
        }
        put(node, "state_province", state(address.postalCode()));
        put(node, "postal_code", address.postalCode());
        put(node, "country", "DE");
        put(node, "address_type", location.type() == de.integrationsnetz.directory.location.LocationType.POSTAL
                ? "postal" : "physical");
        return node;
    }

    private String state(@Nullable String postalCode) {
        if (postalCode == null) {
            return "Sachsen";
        }
        return geography.postalCode(postalCode).flatMap(code -> code.places().stream().findFirst())
                .map(place -> STATES.getOrDefault(place.stateCode(), place.stateCode())).orElse("Sachsen");
    }

    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("SN", "Sachsen"),
            Map.entry("BB", "Brandenburg"), Map.entry("BE", "Berlin"), Map.entry("BW", "Baden-Württemberg"),
            Map.entry("BY", "Bayern"), Map.entry("HB", "Bremen"), Map.entry("HE", "Hessen"),
            Map.entry("HH", "Hamburg"), Map.entry("MV", "Mecklenburg-Vorpommern"), Map.entry("NI", "Niedersachsen"),
            Map.entry("NW", "Nordrhein-Westfalen"), Map.entry("RP", "Rheinland-Pfalz"),
            Map.entry("SH", "Schleswig-Holstein"), Map.entry("SL", "Saarland"), Map.entry("ST", "Sachsen-Anhalt"),
            Map.entry("TH", "Thüringen"));

    // ---------------------------------------------------------------- taxonomy

    public ObjectNode taxonomy(Taxonomy taxonomy) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", taxonomy.id());
        put(node, "name", taxonomy.name());
        put(node, "description", taxonomy.description());
        put(node, "uri", baseUrl + "/hsds/taxonomies/" + taxonomy.id());
        put(node, "version", taxonomy.versionLabel());
        return node;
    }

    public ObjectNode taxonomyTerm(TaxonomyTerm term, Context context) {
        ObjectNode node = NODES.objectNode();
        Map<String, String> labels = term.labels();
        String german = labels.getOrDefault(ContentLanguage.DE.code(), term.code());
        put(node, "id", term.id());
        put(node, "code", term.code());
        put(node, "name", german);
        String description = term.descriptions().get(ContentLanguage.DE.code());
        put(node, "description", description == null || description.isBlank() ? german : description);
        put(node, "parent_id", term.parentId());
        Taxonomy taxonomy = context.taxonomies.get(term.taxonomyId());
        put(node, "taxonomy", taxonomy == null ? null : taxonomy.name());
        put(node, "taxonomy_id", term.taxonomyId());
        put(node, "language", ContentLanguage.DE.code());
        put(node, "term_uri", baseUrl + "/hsds/taxonomy_terms/" + term.id());
        ObjectNode translated = node.putObject("x_labels");
        new TreeMap<>(labels).forEach(translated::put);
        node.put("x_active", term.active());
        return node;
    }

    // ---------------------------------------------------------------- helpers

    private static void mergeExtra(ObjectNode node, String extra) {
        if (extra == null || extra.isBlank() || "{}".equals(extra.strip())) {
            return;
        }
        try {
            JsonNode parsed = JSON.readTree(extra);
            if (parsed instanceof ObjectNode object) {
                object.properties().forEach(entry -> {
                    if (!node.has(entry.getKey())) {
                        node.set(entry.getKey(), entry.getValue());
                    }
                });
            }
        } catch (RuntimeException unreadable) {
            // hsds_extra is written by the import only; an unreadable value is not exported
        }
    }

    static void put(ObjectNode node, String name, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            node.put(name, text);
        } else if (value instanceof Integer number) {
            node.put(name, number);
        } else if (value instanceof Long number) {
            node.put(name, number);
        } else if (value instanceof Double number) {
            node.put(name, number);
        } else if (value instanceof Boolean flag) {
            node.put(name, flag);
        } else {
            node.put(name, value.toString());
        }
    }
}
