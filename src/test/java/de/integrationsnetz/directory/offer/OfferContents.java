package de.integrationsnetz.directory.offer;

import java.util.List;

/** Offer content for tests: a valid online offer, changed one part at a time. */
public final class OfferContents {

    private OfferContents() {}

    /** A valid offer that takes place online (no site needed), with every optional part empty. */
    public static OfferContent online(String name) {
        return new OfferContent(name, "Beschreibung von " + name, null, null, null, null, null, null, null, null,
                new OfferFlags(true, false, false, false, false, false, true, false), false, null, null, null, null,
                CourseDetails.NONE, List.of(), List.of("de"), List.of(), List.of(), List.of(), List.of());
    }

    public static OfferContent renamed(OfferContent content, String name) {
        return new OfferContent(name, content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), content.sites(), content.contacts(), content.schedules());
    }

    public static OfferContent withFees(OfferContent content, String fees) {
        return new OfferContent(content.name(), content.description(), fees, content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), content.sites(), content.contacts(), content.schedules());
    }

    public static OfferContent withCourse(OfferContent content, CourseDetails course) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), course, content.classifications(),
                content.languages(), content.serviceAreas(), content.sites(), content.contacts(), content.schedules());
    }

    public static OfferContent withSchedules(OfferContent content, List<ScheduleData> schedules) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), content.sites(), content.contacts(), schedules);
    }

    public static OfferContent withValidity(OfferContent content, java.time.LocalDate from, java.time.LocalDate until) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                from, until, content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), content.sites(), content.contacts(), content.schedules());
    }

    public static OfferContent withAges(OfferContent content, Integer min, Integer max) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), min, max,
                content.validFrom(), content.validUntil(), content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), content.sites(), content.contacts(), content.schedules());
    }

    /** Neither a site nor online nor by phone. */
    public static OfferContent nowhere(OfferContent content) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), OfferFlags.NONE, content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), List.of(), content.contacts(), content.schedules());
    }
}
