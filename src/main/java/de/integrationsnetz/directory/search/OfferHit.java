package de.integrationsnetz.directory.search;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One offer in a result list, everything a result card needs, read from the index alone (no database access).
 *
 * @param name the name in {@code language}
 * @param summary the beginning of the description in {@code language} (plain text, at most about 240 characters)
 * @param language the language of name and summary: the requested one when both are translated and current there,
 *     otherwise German; mark German content up as German, left to right (lang de, dir ltr)
 * @param fallback why German is shown instead of the requested language ({@link TranslationStatus#MISSING} or
 *     {@link TranslationStatus#OUTDATED}); {@code null} when the requested language is shown (or was German)
 * @param provider the organisation's name
 * @param categories the offer's most specific categories with labels in the requested language
 * @param cities the towns of its sites, in site order
 * @param municipalities the municipalities of its sites
 * @param distanceKm distance of its nearest site from the search place; {@code null} without a place or a site
 * @param courseLevel the course level, for courses
 * @param courseStart the course start, for courses
 * @param nextStart the next course start or date on or after today (as of the last nightly refresh)
 */
public record OfferHit(OfferId id, String name, String summary, ContentLanguage language,
        @Nullable TranslationStatus fallback, String provider, List<Label> categories, List<String> cities,
        List<MunicipalityKey> municipalities, @Nullable Double distanceKm, OfferFlags flags,
        @Nullable CourseLevel courseLevel, @Nullable LocalDate courseStart, @Nullable LocalDate nextStart) {

    /** Whether the card shows German content on a page in another language. */
    public boolean isFallback() {
        return fallback != null;
    }
}
