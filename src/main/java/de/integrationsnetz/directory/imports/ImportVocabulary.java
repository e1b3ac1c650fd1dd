package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.SpokenLanguages;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.DistrictKey;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the cells of an import may name, and how an export names it: taxonomy terms by code or by a label in any
 * content language, spoken languages by code or German/English name, municipalities of a district by AGS or name,
 * statuses by enum name or German label.
 */
@Component
public class ImportVocabulary {

    private final TaxonomyCatalog catalog;
    private final GeographyQueries geography;
    private final MessageSource messages;

    ImportVocabulary(TaxonomyCatalog catalog, GeographyQueries geography, MessageSource messages) {
        this.catalog = catalog;
        this.geography = geography;
        this.messages = messages;
    }

    /** A snapshot for one import or export of the district. */
    public Snapshot snapshot(DistrictKey district) {
        Map<String, Map<String, CatalogTerm>> terms = new HashMap<>();
        for (String taxonomy : List.of(TaxonomyCatalog.CATEGORIES, TaxonomyCatalog.TARGET_GROUPS,
                TaxonomyCatalog.FEATURES)) {
            Map<String, CatalogTerm> byName = new HashMap<>();
            for (CatalogTerm term : catalog.terms(taxonomy)) {
                for (ContentLanguage language : ContentLanguage.values()) {
                    byName.putIfAbsent(OfferColumn.fold(term.label(language)), term);
                }
            }
            for (CatalogTerm term : catalog.terms(taxonomy)) {
                byName.put(term.code().toLowerCase(Locale.ROOT), term); // codes win over labels
            }
            terms.put(taxonomy, byName);
        }
        Map<String, String> languages = new HashMap<>();
        for (String code : SpokenLanguages.CODES) {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                String label = messages.getMessage("directory.spoken." + code, null, "", locale);
                if (label != null && !label.isBlank()) {
                    languages.putIfAbsent(OfferColumn.fold(label), code);
                }
            }
        }
        SpokenLanguages.CODES.forEach(code -> languages.put(code, code));
        Map<String, String> municipalities = new HashMap<>();
        Map<String, String> municipalityNames = new HashMap<>();
        for (MunicipalitySummary municipality : geography.municipalitiesOf(district)) {
            String ags = municipality.key().value();
            municipalities.putIfAbsent(OfferColumn.fold(municipality.shortName()), ags);
            municipalities.putIfAbsent(OfferColumn.fold(municipality.name()), ags);
            municipalities.put(ags, ags);
            municipalityNames.put(ags, municipality.shortName());
        }
        Map<String, OfferStatus> statuses = new HashMap<>();
        for (OfferStatus status : OfferStatus.values()) {
            statuses.put(OfferColumn.fold(status.name()), status);
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                String label = messages.getMessage("directory.offer-status." + status.name(), null, "", locale);
                if (label != null && !label.isBlank()) {
                    statuses.putIfAbsent(OfferColumn.fold(label), status);
                }
            }
        }
        return new Snapshot(district, terms, languages, municipalities, municipalityNames, statuses);
    }

    /** The lookups of one district, immutable. */
    public record Snapshot(DistrictKey district, Map<String, Map<String, CatalogTerm>> terms,
            Map<String, String> languages, Map<String, String> municipalities, Map<String, String> municipalityNames,
            Map<String, OfferStatus> statuses) {

        public Optional<CatalogTerm> term(String taxonomy, String value) {
            Map<String, CatalogTerm> byName = terms.getOrDefault(taxonomy, Map.of());
            CatalogTerm byCode = byName.get(value.strip().toLowerCase(Locale.ROOT));
            return Optional.ofNullable(byCode != null ? byCode : byName.get(OfferColumn.fold(value)));
        }

        public Optional<String> language(String value) {
            String code = languages.get(value.strip().toLowerCase(Locale.ROOT));
            return Optional.ofNullable(code != null ? code : languages.get(OfferColumn.fold(value)));
        }

        public Optional<String> municipality(String value) {
            String ags = municipalities.get(value.strip());
            return Optional.ofNullable(ags != null ? ags : municipalities.get(OfferColumn.fold(value)));
        }

        public Optional<OfferStatus> status(String value) {
            return Optional.ofNullable(statuses.get(OfferColumn.fold(value)));
        }
    }
}
