package de.integrationsnetz.directory.publicview;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferSite;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.ContactPerson;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.schedule.ScheduleText;
import de.integrationsnetz.directory.search.Label;
import de.integrationsnetz.directory.taxonomy.CatalogSnapshot;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.directory.translation.Translations;
import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads offers and organisations for the public pages (read only; changes go through the back-office services).
 * Unpublished offers never leave this class; an archived one only as "gone" (status, id, name), so that its page can
 * say so. Contact persons appear only with their consent.
 */
@Service
@Transactional(readOnly = true)
public class PublicDirectory {

    /** How many next dates the offer page lists per schedule. */
    public static final int NEXT_DATES = 5;
    /** How many next dates the print view lists per schedule. */
    public static final int PRINT_DATES = 10;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final EntityManager entityManager;
    private final TaxonomyCatalog taxonomy;
    private final GeographyQueries geography;
    private final MessageSource messages;
    private final ScheduleText scheduleText;
    private final Clock clock;

    PublicDirectory(EntityManager entityManager, TaxonomyCatalog taxonomy, GeographyQueries geography,
            MessageSource messages, ScheduleText scheduleText, Clock clock) {
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
        this.geography = geography;
        this.messages = messages;
        this.scheduleText = scheduleText;
        this.clock = clock;
    }

    /** Today in Germany, the day the next dates count from. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    /**
     * A published or archived offer in the reader's language, with {@code dates} next dates per schedule; empty for
     * an unknown offer, a draft or an offer in review.
     */
    public Optional<PublicOffer> offer(OfferId id, Locale locale, int dates) {
        Offer offer = entityManager.find(Offer.class, id.value());
        if (offer == null || (offer.status() != OfferStatus.PUBLISHED && offer.status() != OfferStatus.ARCHIVED)) {
            return Optional.empty();
        }
        return Optional.of(view(offer, locale, dates));
    }

    /** An active organisation with its published offers; empty for an unknown or inactive one. */
    public Optional<PublicOrganisation> organisation(OrganisationId id, Locale locale) {
        Organisation organisation = entityManager.find(Organisation.class, id.value());
        if (organisation == null || organisation.status() != OrganisationStatus.ACTIVE) {
            return Optional.empty();
        }
        ContentLanguage reader = ContentLanguage.of(locale);
        Collator collator = Collator.getInstance(Locale.GERMAN);
        List<PublicOrganisation.OfferLink> offers = entityManager.createQuery(
                        "select o from Offer o where o.organisationId = :organisation and o.status = :status",
                        Offer.class)
                .setParameter("organisation", id.value())
                .setParameter("status", OfferStatus.PUBLISHED)
                .getResultList().stream()
                .map(offer -> new PublicOrganisation.OfferLink(offer.id(),
                        text(offer.translations(), TranslatedField.NAME, offer.name(), reader),
                        offer.sites().stream().map(OfferSite::city).filter(city -> city != null).distinct()
                                .map(city -> (String) city).toList()))
                .sorted(Comparator.comparing(link -> link.name().value(), collator))
                .toList();
        return Optional.of(new PublicOrganisation(organisation.id(), organisation.name(), organisation.type(),
                districtName(organisation.district().value()),
                organisation.description() == null ? null
                        : text(organisation.translations(), TranslatedField.DESCRIPTION, organisation.description(),
                                reader),
                organisation.address(), organisation.coordinates().orElse(null), organisation.phone(),
                organisation.email(), organisation.website(),
                organisation.publicContacts().stream().map(PublicDirectory::contact).toList(), offers));
    }

    private PublicOffer view(Offer offer, Locale locale, int dates) {
        ContentLanguage reader = ContentLanguage.of(locale);
        Set<Translation> rows = offer.translations();
        Organisation organisation = entityManager.find(Organisation.class, offer.organisation().value());
        PublicOffer.Provider provider = organisation == null
                ? new PublicOffer.Provider(offer.organisation(), offer.providerName(),
                        de.integrationsnetz.directory.organisation.OrganisationType.OTHER,
                        de.integrationsnetz.directory.Address.NONE, null, null, null)
                : new PublicOffer.Provider(organisation.id(), organisation.name(), organisation.type(),
                        organisation.address(), organisation.phone(), organisation.email(), organisation.website());
        List<PublicOffer.Contact> contacts = organisation == null ? List.of()
                : organisation.publicContacts().stream()
                        .filter(contact -> offer.contacts().contains(contact.id()))
                        .map(PublicDirectory::contact).toList();

        Map<UUID, Location> locations = locations(offer.sites());
        List<PublicOffer.Site> sites = new ArrayList<>();
        Map<UUID, String> siteNames = new HashMap<>();
        for (OfferSite site : offer.sites()) {
            Location location = locations.get(site.location().value());
            String name = location == null ? (site.city() == null ? "" : site.city()) : location.name();
            siteNames.put(site.id(), name);
            siteNames.put(site.location().value(), name);
            sites.add(new PublicOffer.Site(site.id(), name,
                    location == null ? new de.integrationsnetz.directory.Address(null, null, site.postalCode(),
                            site.city()) : location.address(),
                    site.coordinates().orElse(null), municipalityName(site.municipalityKey()),
                    site.description() == null ? null : PublicText.german(site.description(), reader),
                    location == null || location.transportation() == null ? null
                            : text(location.translations(), TranslatedField.TRANSPORTATION,
                                    location.transportation(), reader),
                    location == null || location.accessibility() == null ? null
                            : text(location.translations(), TranslatedField.ACCESSIBILITY,
                                    location.accessibility(), reader),
                    location != null && location.barrierFree(), location == null ? null : location.url()));
        }

        LocalDate today = today();
        List<PublicOffer.Dates> schedules = offer.schedules().stream()
                .map(schedule -> new PublicOffer.Dates(schedule, scheduleText.describe(schedule, locale, today),
                        schedule.kind() == de.integrationsnetz.directory.schedule.ScheduleKind.OPENING_HOURS
                                ? List.of() : scheduleText.nextDates(schedule, today, dates),
                        schedule.siteId().map(siteNames::get).orElse(null)))
                .toList();

        Collator byName = Collator.getInstance(locale);
        CatalogSnapshot catalog = taxonomy.snapshot();
        Function<String, List<Label>> terms = name -> offer.classifications().stream()
                .filter(classification -> classification.taxonomy().equals(name))
                .map(classification -> new Label(classification.code(),
                        catalog.label(classification.taxonomy(), classification.code(), reader)))
                .sorted(Comparator.comparing(Label::label, byName))
                .toList();
        List<Label> languages = offer.languages().stream()
                .map(code -> new Label(code, messages.getMessage("directory.spoken." + code, null, code, locale)))
                .sorted(Comparator.comparing(Label::label, byName))
                .toList();
        List<Label> areas = offer.wholeDistrict() ? List.of() : offer.serviceAreas().stream()
                .map(key -> new Label(key, municipalityOrKey(key)))
                .sorted(Comparator.comparing(Label::label, Collator.getInstance(Locale.GERMAN)))
                .toList();

        return new PublicOffer(offer.id(), offer.version(), offer.status(), offer.district(),
                districtName(offer.district().value()), reader,
                text(rows, TranslatedField.NAME, offer.name(), reader),
                text(rows, TranslatedField.DESCRIPTION, offer.description(), reader),
                optionalText(rows, TranslatedField.FEES, offer.feesNote(), reader),
                optionalText(rows, TranslatedField.ELIGIBILITY, offer.eligibilityNote(), reader),
                optionalText(rows, TranslatedField.APPLICATION, offer.applicationNote(), reader),
                optionalText(rows, TranslatedField.ALERT, offer.alert(), reader),
                provider, offer.flags(), offer.wholeDistrict(), areas, offer.minAge(), offer.maxAge(),
                offer.validFrom(), offer.validUntil(), offer.course(),
                terms.apply(TaxonomyCatalog.CATEGORIES), terms.apply(TaxonomyCatalog.TARGET_GROUPS),
                terms.apply(TaxonomyCatalog.FEATURES), languages, List.copyOf(sites), schedules, contacts,
                offer.url(), offer.email(), offer.phone(), offer.onlineUrl(), offer.lastConfirmedAt(),
                offer.updatedAt(), offer.nextStart());
    }

    private Map<UUID, Location> locations(List<OfferSite> sites) {
        if (sites.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = sites.stream().map(site -> site.location().value()).toList();
        return entityManager.createQuery("select l from Location l where l.id in :ids", Location.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(location -> location.id().value(), Function.identity()));
    }

    static PublicText text(Set<Translation> rows, TranslatedField field, String german, ContentLanguage reader) {
        if (reader == ContentLanguage.DE) {
            return new PublicText(german, ContentLanguage.DE, null);
        }
        Optional<Translation> translation = Translations.find(rows, field, reader);
        if (translation.isPresent() && translation.get().status() == TranslationStatus.CURRENT) {
            return new PublicText(translation.get().text(), reader, null, translation.get().machine());
        }
        return new PublicText(german, ContentLanguage.DE,
                translation.map(Translation::status).orElse(TranslationStatus.MISSING));
    }

    private static @Nullable PublicText optionalText(Set<Translation> rows, TranslatedField field,
            @Nullable String german, ContentLanguage reader) {
        return german == null ? null : text(rows, field, german, reader);
    }

    private static PublicOffer.Contact contact(ContactPerson person) {
        return new PublicOffer.Contact(person.name(), person.functionTitle(), person.department(), person.phone(),
                person.email());
    }

    private String districtName(String key) {
        return geography.district(de.integrationsnetz.shared.DistrictKey.of(key)).map(DistrictSummary::name)
                .orElse(key);
    }

    private @Nullable String municipalityName(@Nullable String key) {
        return key == null || !MunicipalityKey.isValid(key) ? null
                : geography.municipality(MunicipalityKey.of(key)).map(MunicipalitySummary::name).orElse(null);
    }

    private String municipalityOrKey(String key) {
        String name = municipalityName(key);
        return name == null ? key : name;
    }
}
