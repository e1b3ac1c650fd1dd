package de.integrationsnetz.directory.search;

import de.integrationsnetz.directory.ContentLanguage;

/**
 * Names of the fields of the offer index (docs/directory.md §4.2), shared by the mapping that writes them and the
 * queries that read them. Text fields exist per content language ({@code name_de}, {@code text_en}, …).
 */
final class OfferFields {

    static final String INDEX = "offers";

    /** The offer's name: analyzed per language, projectable (the original text). */
    static final String NAME = "name_";
    /** Name, description, fees, eligibility and application together: analyzed per language, searched only. */
    static final String TEXT = "text_";
    /** The first characters of the description as plain text, for the result card: projected only. */
    static final String SUMMARY = "summary_";
    /** German name and text without stemming, for typo-tolerant (fuzzy) matching. */
    static final String NAME_PLAIN = "name_plain";
    static final String TEXT_PLAIN = "text_plain";
    /** Languages with a current translation of name and description (German always). */
    static final String CURRENT_LANGUAGES = "currentLanguages";
    /** Languages whose translation of name or description is outdated (and so not shown). */
    static final String OUTDATED_LANGUAGES = "outdatedLanguages";

    static final String PROVIDER = "provider";
    static final String ORGANISATION = "organisation";
    static final String DISTRICT = "district";
    /** The offer's district when it serves the whole district (no single municipalities); absent otherwise. */
    static final String WHOLE_DISTRICT_OF = "wholeDistrictOf";
    /** Category codes of the offer and their ancestors ({@code beratung.mbe} also gives {@code beratung}). */
    static final String CATEGORY = "category";
    static final String TARGET_GROUP = "targetGroup";
    static final String FEATURE = "feature";
    static final String SPOKEN = "spoken";
    /** Municipalities (AGS) served: the offer's service areas and the municipalities of its sites. */
    static final String AREA_SERVED = "areaServed";
    static final String SITE_MUNICIPALITY = "siteMunicipality";
    static final String CITY = "city";
    static final String POINT = "point";

    static final String FREE = "free";
    static final String REGISTRATION_REQUIRED = "registrationRequired";
    static final String APPOINTMENT_REQUIRED = "appointmentRequired";
    static final String BARRIER_FREE = "barrierFree";
    static final String LOW_THRESHOLD = "lowThreshold";
    static final String VOLUNTEER_RUN = "volunteerRun";
    static final String ONLINE = "online";
    static final String BY_PHONE = "byPhone";

    static final String COURSE_LEVEL = "courseLevel";
    static final String COURSE_START = "courseStart";
    static final String NEXT_START = "nextStart";
    static final String VALID_FROM = "validFrom";
    static final String VALID_UNTIL = "validUntil";
    static final String NAME_SORT = "nameSort";

    private OfferFields() {}

    static String name(ContentLanguage language) {
        return NAME + language.code();
    }

    static String text(ContentLanguage language) {
        return TEXT + language.code();
    }

    static String summary(ContentLanguage language) {
        return SUMMARY + language.code();
    }
}
