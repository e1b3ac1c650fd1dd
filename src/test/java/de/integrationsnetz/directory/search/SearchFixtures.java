package de.integrationsnetz.directory.search;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test offers for the search tests, each test class in a district of its own that no demo data uses (Bautzen 14625,
 * Görlitz 14626, Meißen 14627), so that counts are exact and the demo data stays untouched. Offers are written through
 * the {@link Offer} aggregate, committed, and so indexed by Hibernate Search exactly as in production.
 */
public final class SearchFixtures {

    public static final Instant NOW = Instant.now();
    public static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));

    /** Places with their postal-code coordinates (reference data), for sites. */
    public record Place(String postalCode, String city, String municipality, double latitude, double longitude) {}

    public static final Place BAUTZEN = new Place("02625", "Bautzen", "14625020", 51.1825, 14.4292);
    public static final Place BISCHOFSWERDA = new Place("01877", "Bischofswerda", "14625040", 51.1277, 14.1796);
    public static final Place GOERLITZ = new Place("02826", "Görlitz", "14626110", 51.1503, 14.9829);
    public static final Place DRESDEN = new Place("01067", "Dresden", "14612000", 51.0547, 13.7269);
    public static final Place LOEBAU = new Place("02708", "Löbau", "14626290", 51.0995, 14.6674);
    public static final Place MEISSEN = new Place("01662", "Meißen", "14627140", 51.1649, 13.4859);

    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final OrganisationManagement organisations;
    private final TaxonomyCatalog taxonomy;

    public SearchFixtures(TransactionTemplate transactions, EntityManager entityManager,
            OrganisationManagement organisations, TaxonomyCatalog taxonomy) {
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
    }

    /** The test organisation of a district (created once per run). */
    public OrganisationRef organisation(DistrictKey district, String name) {
        OrganisationId id = OrganisationId.of(uuid("organisation:" + district + ":" + name));
        if (!organisations.exists(id)) {
            transactions.executeWithoutResult(tx -> organisations.register(id, district,
                    new OrganisationDetails(name, OrganisationType.ASSOCIATION, null,
                            new Address("Hauptstraße 1", null, null, null), null, null, null, null, null, Set.of(),
                            OrganisationStatus.ACTIVE), null, false));
        }
        return new OrganisationRef(id, district, name, false);
    }

    /** A site at a place: a new location of the organisation with the place's data as the offer's snapshot. */
    public SiteData site(OrganisationRef organisation, Place place) {
        LocationId id = LocationId.random();
        transactions.executeWithoutResult(tx -> entityManager.persist(new Location(id, organisation.id(),
                organisation.district(), new LocationDetails(LocationType.PHYSICAL, "Treffpunkt " + place.city(),
                        null, new Address("Marktplatz 1", null, place.postalCode(), place.city()), null, null, null,
                        null, false), NOW, false)));
        return new SiteData(id.value(), null, place.latitude(), place.longitude(), place.municipality(),
                place.postalCode(), place.city());
    }

    /** Creates, publishes and commits an offer. */
    public OfferId published(OrganisationRef organisation, Draft draft) {
        return create(organisation, draft, offer -> offer.publish(Actor.system(), NOW));
    }

    /** Creates and commits an offer as a draft. */
    public OfferId draft(OrganisationRef organisation, Draft draft) {
        return create(organisation, draft, offer -> { });
    }

    public OfferId create(OrganisationRef organisation, Draft draft, Consumer<Offer> then) {
        OfferId id = OfferId.random();
        transactions.executeWithoutResult(tx -> {
            Offer offer = new Offer(id, organisation, draft.content(taxonomy), Actor.system(), NOW, TODAY, false);
            draft.translations.forEach(t -> offer.translate(t.field(), t.language(), t.text(), false,
                    Actor.system(), NOW));
            then.accept(offer);
            entityManager.persist(offer);
        });
        return id;
    }

    /** Changes a committed offer in its own transaction (automatic indexing follows on commit). */
    public void change(OfferId id, Consumer<Offer> change) {
        transactions.executeWithoutResult(tx -> change.accept(entityManager.find(Offer.class, id.value())));
    }

    public void archive(OfferId id) {
        change(id, offer -> offer.archive(ArchiveReason.ENDED, Actor.system(), NOW));
    }

    public static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("integrationsnetz:search-test:" + name).getBytes(StandardCharsets.UTF_8));
    }

    public static Draft offer(String name, String description) {
        return new Draft(name, description);
    }

    /** An offer as a test describes it; everything else has a neutral default. */
    public static final class Draft {
        private final String name;
        private final String description;
        private @Nullable String fees;
        private OfferFlags flags = new OfferFlags(false, false, false, false, false, false, false, false);
        private final List<String> categories = new ArrayList<>();
        private final List<String> targetGroups = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private final List<String> serviceAreas = new ArrayList<>();
        private final List<SiteData> sites = new ArrayList<>();
        private boolean wholeDistrict;
        private @Nullable LocalDate validFrom;
        private @Nullable LocalDate validUntil;
        private CourseDetails course = CourseDetails.NONE;
        private final List<TranslationData> translations = new ArrayList<>();

        Draft(String name, String description) {
            this.name = name;
            this.description = description;
        }

        public Draft fees(String value) {
            fees = value;
            return this;
        }

        public Draft categories(String... codes) {
            categories.addAll(List.of(codes));
            return this;
        }

        public Draft targetGroups(String... codes) {
            targetGroups.addAll(List.of(codes));
            return this;
        }

        public Draft languages(String... codes) {
            languages.addAll(List.of(codes));
            return this;
        }

        public Draft serving(String... municipalities) {
            serviceAreas.addAll(List.of(municipalities));
            return this;
        }

        public Draft wholeDistrict() {
            wholeDistrict = true;
            return this;
        }

        public Draft at(SiteData site) {
            sites.add(site);
            return this;
        }

        public Draft free() {
            flags = new OfferFlags(true, flags.registrationRequired(), flags.appointmentRequired(),
                    flags.barrierFree(), flags.lowThreshold(), flags.volunteerRun(), flags.online(), flags.byPhone());
            return this;
        }

        public Draft barrierFree() {
            flags = new OfferFlags(flags.freeOfCharge(), flags.registrationRequired(), flags.appointmentRequired(),
                    true, flags.lowThreshold(), flags.volunteerRun(), flags.online(), flags.byPhone());
            return this;
        }

        public Draft online() {
            flags = new OfferFlags(flags.freeOfCharge(), flags.registrationRequired(), flags.appointmentRequired(),
                    flags.barrierFree(), flags.lowThreshold(), flags.volunteerRun(), true, flags.byPhone());
            return this;
        }

        public Draft valid(@Nullable LocalDate from, @Nullable LocalDate until) {
            validFrom = from;
            validUntil = until;
            return this;
        }

        public Draft course(CourseLevel level, LocalDate start) {
            course = new CourseDetails(level, start, start.plusDays(90), null, null, null);
            return this;
        }

        public Draft translated(TranslatedField field, ContentLanguage language, String text) {
            translations.add(new TranslationData(field, language, text));
            return this;
        }

        public OfferContent content(TaxonomyCatalog taxonomy) {
            List<Classification> classifications = new ArrayList<>();
            categories.forEach(code -> classifications.add(classification(taxonomy, TaxonomyCatalog.CATEGORIES,
                    code)));
            targetGroups.forEach(code -> classifications.add(classification(taxonomy,
                    TaxonomyCatalog.TARGET_GROUPS, code)));
            OfferFlags effective = sites.isEmpty() && !flags.online() && !flags.byPhone()
                    ? new OfferFlags(flags.freeOfCharge(), flags.registrationRequired(), flags.appointmentRequired(),
                            flags.barrierFree(), flags.lowThreshold(), flags.volunteerRun(), flags.online(), true)
                    : flags;
            return new OfferContent(name, description, fees, null, null, null, null, null, null, null, effective,
                    wholeDistrict, null, null, validFrom, validUntil, course, classifications, languages,
                    serviceAreas, sites, List.of(), List.of());
        }

        private static Classification classification(TaxonomyCatalog taxonomy, String scheme, String code) {
            return new Classification(taxonomy.term(scheme, code).orElseThrow(
                    () -> new IllegalArgumentException("No term " + scheme + "/" + code)).id().value(), scheme, code);
        }
    }

    public record TranslationData(TranslatedField field, ContentLanguage language, String text) {}
}
