package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.translation.TranslationStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the translation work list shows: a text (part of the offer's name, or its id), a target language, the
 * translation status in it (or in any language when no language is chosen; CURRENT = everything current), the
 * organisation and the offer's status. Every part is optional.
 */
public record WorkListFilter(@Nullable String text, @Nullable ContentLanguage language,
        @Nullable TranslationStatus status, @Nullable OrganisationId organisation, @Nullable OfferStatus offerStatus) {

    public static final WorkListFilter NONE = new WorkListFilter(null, null, null, null, null);

    public WorkListFilter {
        if (language == ContentLanguage.DE) {
            language = null;
        }
    }
}
