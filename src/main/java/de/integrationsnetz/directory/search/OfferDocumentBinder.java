package de.integrationsnetz.directory.search;

import static de.integrationsnetz.directory.search.OfferFields.*;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferSite;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.TranslationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;

/**
 * Writes every field of an offer's document (docs/directory.md §4.2, field names in {@link OfferFields}). It reads the
 * offer only through its public methods; the dependencies name the entity's fields, so that Hibernate Search
 * re-indexes an offer when one of them, an element collection (translations, classifications, languages, service
 * areas) or one of its sites changes.
 */
class OfferDocumentBinder implements TypeBinder {

    /** The summary on a result card: this many characters of the description at most (cut at a word). */
    static final int SUMMARY_LENGTH = 240;
    /** Stand-ins for an open validity, so that range filters need no “or missing”. */
    static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);
    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    private static final Set<TranslatedField> SEARCHED = Set.of(TranslatedField.NAME, TranslatedField.DESCRIPTION,
            TranslatedField.FEES, TranslatedField.ELIGIBILITY, TranslatedField.APPLICATION);

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("name").use("description").use("feesNote").use("eligibilityNote").use("applicationNote")
                .use("translations").use("providerName").use("districtKey").use("organisationId")
                .use("classifications").use("languages").use("serviceAreas").use("wholeDistrict")
                .use("freeOfCharge").use("registrationRequired").use("appointmentRequired").use("barrierFree")
                .use("lowThreshold").use("volunteerRun").use("online").use("byPhone")
                .use("courseLevel").use("courseStart").use("nextStart").use("validFrom").use("validUntil")
                .use("sites.latitude").use("sites.longitude").use("sites.municipalityKey").use("sites.city")
                .use("sites.postalCode");
        context.bridge(Offer.class, new Bridge(new Fields(context.indexSchemaElement())));
    }

    /** References to the index fields, created once at boot. */
    private static final class Fields {
        final Map<ContentLanguage, IndexFieldReference<String>> name = new EnumMap<>(ContentLanguage.class);
        final Map<ContentLanguage, IndexFieldReference<String>> text = new EnumMap<>(ContentLanguage.class);
        final Map<ContentLanguage, IndexFieldReference<String>> summary = new EnumMap<>(ContentLanguage.class);
        final IndexFieldReference<String> namePlain;
        final IndexFieldReference<String> textPlain;
        final IndexFieldReference<String> currentLanguages;
        final IndexFieldReference<String> outdatedLanguages;
        final IndexFieldReference<String> provider;
        final IndexFieldReference<String> organisation;
        final IndexFieldReference<String> district;
        final IndexFieldReference<String> wholeDistrictOf;
        final IndexFieldReference<String> category;
        final IndexFieldReference<String> targetGroup;
        final IndexFieldReference<String> feature;
        final IndexFieldReference<String> spoken;
        final IndexFieldReference<String> areaServed;
        final IndexFieldReference<String> siteMunicipality;
        final IndexFieldReference<String> city;
        final IndexFieldReference<GeoPoint> point;
        final IndexFieldReference<Boolean> free;
        final IndexFieldReference<Boolean> registrationRequired;
        final IndexFieldReference<Boolean> appointmentRequired;
        final IndexFieldReference<Boolean> barrierFree;
        final IndexFieldReference<Boolean> lowThreshold;
        final IndexFieldReference<Boolean> volunteerRun;
        final IndexFieldReference<Boolean> online;
        final IndexFieldReference<Boolean> byPhone;
        final IndexFieldReference<String> courseLevel;
        final IndexFieldReference<LocalDate> courseStart;
        final IndexFieldReference<LocalDate> nextStart;
        final IndexFieldReference<LocalDate> validFrom;
        final IndexFieldReference<LocalDate> validUntil;
        final IndexFieldReference<String> nameSort;

        Fields(IndexSchemaElement schema) {
            for (ContentLanguage language : ContentLanguage.values()) {
                String analyzer = language.code();
                String searchAnalyzer = language == ContentLanguage.DE ? DirectoryLuceneAnalysis.GERMAN_QUERY
                        : analyzer;
                name.put(language, schema.field(OfferFields.name(language), f -> f.asString().analyzer(analyzer)
                        .searchAnalyzer(searchAnalyzer).projectable(Projectable.YES)).toReference());
                text.put(language, schema.field(OfferFields.text(language), f -> f.asString().analyzer(analyzer)
                        .searchAnalyzer(searchAnalyzer)).multiValued().toReference());
                summary.put(language, schema.field(OfferFields.summary(language), f -> f.asString()
                        .searchable(Searchable.NO).projectable(Projectable.YES)).toReference());
            }
            namePlain = schema.field(NAME_PLAIN, f -> f.asString().analyzer(DirectoryLuceneAnalysis.PLAIN)
                    .searchAnalyzer(DirectoryLuceneAnalysis.PLAIN_QUERY))
                    .toReference();
            textPlain = schema.field(TEXT_PLAIN, f -> f.asString().analyzer(DirectoryLuceneAnalysis.PLAIN)
                    .searchAnalyzer(DirectoryLuceneAnalysis.PLAIN_QUERY))
                    .multiValued().toReference();
            currentLanguages = keywords(schema, CURRENT_LANGUAGES, false);
            outdatedLanguages = keywords(schema, OUTDATED_LANGUAGES, false);
            provider = schema.field(PROVIDER, f -> f.asString().analyzer(DirectoryLuceneAnalysis.GERMAN)
                    .searchAnalyzer(DirectoryLuceneAnalysis.GERMAN_QUERY).projectable(Projectable.YES)).toReference();
            organisation = schema.field(ORGANISATION, f -> f.asString()).toReference();
            district = schema.field(DISTRICT, f -> f.asString().projectable(Projectable.YES)).toReference();
            wholeDistrictOf = schema.field(WHOLE_DISTRICT_OF, f -> f.asString().aggregable(Aggregable.YES)).toReference();
            category = keywords(schema, CATEGORY, true);
            targetGroup = keywords(schema, TARGET_GROUP, true);
            feature = keywords(schema, FEATURE, true);
            spoken = keywords(schema, SPOKEN, true);
            areaServed = keywords(schema, AREA_SERVED, true);
            siteMunicipality = keywords(schema, SITE_MUNICIPALITY, false);
            city = keywords(schema, CITY, false);
            point = schema.field(POINT, f -> f.asGeoPoint().projectable(Projectable.YES).sortable(Sortable.YES))
                    .multiValued().toReference();
            free = flag(schema, FREE);
            registrationRequired = flag(schema, REGISTRATION_REQUIRED);
            appointmentRequired = flag(schema, APPOINTMENT_REQUIRED);
            barrierFree = flag(schema, BARRIER_FREE);
            lowThreshold = flag(schema, LOW_THRESHOLD);
            volunteerRun = flag(schema, VOLUNTEER_RUN);
            online = flag(schema, ONLINE);
            byPhone = flag(schema, BY_PHONE);
            courseLevel = schema.field(COURSE_LEVEL, f -> f.asString().aggregable(Aggregable.YES)
                    .projectable(Projectable.YES)).toReference();
            courseStart = schema.field(COURSE_START, f -> f.asLocalDate().projectable(Projectable.YES)).toReference();
            nextStart = schema.field(NEXT_START, f -> f.asLocalDate().projectable(Projectable.YES)
                    .sortable(Sortable.YES).aggregable(Aggregable.YES)).toReference();
            validFrom = schema.field(VALID_FROM, f -> f.asLocalDate()).toReference();
            validUntil = schema.field(VALID_UNTIL, f -> f.asLocalDate()).toReference();
            nameSort = schema.field(NAME_SORT, f -> f.asString().normalizer(DirectoryLuceneAnalysis.SORT)
                    .sortable(Sortable.YES)).toReference();
        }

        private static IndexFieldReference<String> keywords(IndexSchemaElement schema, String field,
                boolean aggregable) {
            return schema.field(field, f -> f.asString().projectable(Projectable.YES)
                    .aggregable(aggregable ? Aggregable.YES : Aggregable.NO)).multiValued().toReference();
        }

        private static IndexFieldReference<Boolean> flag(IndexSchemaElement schema, String field) {
            return schema.field(field, f -> f.asBoolean().projectable(Projectable.YES).aggregable(Aggregable.YES))
                    .toReference();
        }
    }

    private static final class Bridge implements TypeBridge<Offer> {

        private final Fields fields;

        Bridge(Fields fields) {
            this.fields = fields;
        }

        @Override
        public void write(DocumentElement document, Offer offer, TypeBridgeWriteContext context) {
            writeTexts(document, offer);
            document.addValue(fields.provider, offer.providerName());
            document.addValue(fields.organisation, offer.organisation().value().toString());
            document.addValue(fields.district, offer.district().value());
            if (offer.wholeDistrict()) {
                document.addValue(fields.wholeDistrictOf, offer.district().value());
            }
            writeClassifications(document, offer.classifications());
            offer.languages().stream().sorted().forEach(code -> document.addValue(fields.spoken, code));
            writePlaces(document, offer);
            writeFlags(document, offer.flags());
            CourseDetails course = offer.course();
            if (course.level() != null) {
                document.addValue(fields.courseLevel, course.level().name());
            }
            document.addValue(fields.courseStart, course.start());
            document.addValue(fields.nextStart, offer.nextStart());
            document.addValue(fields.validFrom, offer.validFrom() == null ? OPEN_START : offer.validFrom());
            document.addValue(fields.validUntil, offer.validUntil() == null ? OPEN_END : offer.validUntil());
            document.addValue(fields.nameSort, offer.name());
        }

        private void writeTexts(DocumentElement document, Offer offer) {
            document.addValue(fields.name.get(ContentLanguage.DE), offer.name());
            document.addValue(fields.namePlain, offer.name());
            for (TranslatedField field : SEARCHED) {
                String german = offer.german(field);
                if (german != null) {
                    document.addValue(fields.text.get(ContentLanguage.DE), german);
                    document.addValue(fields.textPlain, german);
                }
            }
            document.addValue(fields.summary.get(ContentLanguage.DE), summaryOf(offer.description()));
            document.addValue(fields.currentLanguages, ContentLanguage.DE.code());

            Map<ContentLanguage, Map<TranslatedField, Translation>> byLanguage = new EnumMap<>(ContentLanguage.class);
            for (Translation translation : offer.translations()) {
                byLanguage.computeIfAbsent(translation.language(), l -> new EnumMap<>(TranslatedField.class))
                        .put(translation.field(), translation);
            }
            byLanguage.forEach((language, rows) -> {
                Optional<String> name = current(rows, TranslatedField.NAME);
                Optional<String> description = current(rows, TranslatedField.DESCRIPTION);
                name.ifPresent(text -> document.addValue(fields.name.get(language), text));
                description.ifPresent(text -> document.addValue(fields.summary.get(language), summaryOf(text)));
                for (TranslatedField field : SEARCHED) {
                    current(rows, field).ifPresent(text -> document.addValue(fields.text.get(language), text));
                }
                if (name.isPresent() && description.isPresent()) {
                    document.addValue(fields.currentLanguages, language.code());
                } else if (outdated(rows, TranslatedField.NAME) || outdated(rows, TranslatedField.DESCRIPTION)) {
                    document.addValue(fields.outdatedLanguages, language.code());
                }
            });
        }

        private static Optional<String> current(Map<TranslatedField, Translation> rows, TranslatedField field) {
            Translation row = rows.get(field);
            return row != null && row.status() == TranslationStatus.CURRENT ? Optional.of(row.text())
                    : Optional.empty();
        }

        private static boolean outdated(Map<TranslatedField, Translation> rows, TranslatedField field) {
            Translation row = rows.get(field);
            return row != null && row.status() == TranslationStatus.OUTDATED;
        }

        private void writeClassifications(DocumentElement document, Set<Classification> classifications) {
            Set<String> categories = new TreeSet<>();
            Set<String> targetGroups = new TreeSet<>();
            Set<String> features = new TreeSet<>();
            for (Classification classification : classifications) {
                switch (classification.taxonomy()) {
                    case TaxonomyCatalog.CATEGORIES -> categories.addAll(selfAndAncestors(classification.code()));
                    case TaxonomyCatalog.TARGET_GROUPS -> targetGroups.addAll(selfAndAncestors(classification.code()));
                    case TaxonomyCatalog.FEATURES -> features.addAll(selfAndAncestors(classification.code()));
                    default -> { }
                }
            }
            categories.forEach(code -> document.addValue(fields.category, code));
            targetGroups.forEach(code -> document.addValue(fields.targetGroup, code));
            features.forEach(code -> document.addValue(fields.feature, code));
        }

        private void writePlaces(DocumentElement document, Offer offer) {
            Set<String> served = new TreeSet<>(offer.serviceAreas());
            Set<String> siteMunicipalities = new TreeSet<>();
            Set<String> cities = new LinkedHashSet<>();
            for (OfferSite site : offer.sites()) {
                site.coordinates().ifPresent(c -> document.addValue(fields.point,
                        GeoPoint.of(c.latitude(), c.longitude())));
                if (site.municipalityKey() != null) {
                    siteMunicipalities.add(site.municipalityKey());
                }
                if (site.city() != null && !site.city().isBlank()) {
                    cities.add(site.city().strip());
                }
            }
            served.addAll(siteMunicipalities);
            served.forEach(key -> document.addValue(fields.areaServed, key));
            siteMunicipalities.forEach(key -> document.addValue(fields.siteMunicipality, key));
            cities.forEach(city -> document.addValue(fields.city, city));
        }

        private void writeFlags(DocumentElement document, OfferFlags flags) {
            document.addValue(fields.free, flags.freeOfCharge());
            document.addValue(fields.registrationRequired, flags.registrationRequired());
            document.addValue(fields.appointmentRequired, flags.appointmentRequired());
            document.addValue(fields.barrierFree, flags.barrierFree());
            document.addValue(fields.lowThreshold, flags.lowThreshold());
            document.addValue(fields.volunteerRun, flags.volunteerRun());
            document.addValue(fields.online, flags.online());
            document.addValue(fields.byPhone, flags.byPhone());
        }
    }

    /** {@code beratung.mbe} → {@code beratung.mbe}, {@code beratung}: a filter on a parent finds its children. */
    static List<String> selfAndAncestors(String code) {
        List<String> codes = new ArrayList<>();
        String current = code;
        while (true) {
            codes.add(current);
            int dot = current.lastIndexOf('.');
            if (dot <= 0) {
                return codes;
            }
            current = current.substring(0, dot);
        }
    }

    /** The description as one line of plain text, cut after at most {@link #SUMMARY_LENGTH} characters at a word. */
    static String summaryOf(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SUMMARY_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        if (cut < SUMMARY_LENGTH / 2) {
            cut = SUMMARY_LENGTH - 1;
        }
        return flat.substring(0, cut).strip() + "…";
    }
}
