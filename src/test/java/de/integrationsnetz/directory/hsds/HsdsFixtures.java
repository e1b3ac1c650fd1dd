package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationView;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.ContactDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.schedule.Attendance;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.identity.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/**
 * Test data for the HSDS tests: an organisation in Freiberg (Mittelsachsen) with a location, a contact person who
 * agreed to be published and one who did not, and a published offer that uses every part HSDS carries (site with
 * opening hours, a recurring and a single date, online address, course, categories, target group and feature,
 * languages, service area, fees, ages, validity, translations). Get one with
 * {@code beans.createBean(HsdsFixtures.class)}.
 */
public final class HsdsFixtures {

    /** What {@link #rich} made. */
    public record Rich(OrganisationId organisation, OfferId offer, UUID location, UUID site, UUID consenting,
            UUID withheld, String name, Classification category) {}

    private final OfferFixtures offerFixtures;
    private final OrganisationManagement organisations;
    private final LocationManagement locations;
    private final OfferManagement offers;
    private final TaxonomyCatalog catalog;

    public HsdsFixtures(AutowireCapableBeanFactory beans, OrganisationManagement organisations,
            LocationManagement locations, OfferManagement offers, TaxonomyCatalog catalog) {
        this.offerFixtures = beans.createBean(OfferFixtures.class);
        this.organisations = organisations;
        this.locations = locations;
        this.offers = offers;
        this.catalog = catalog;
    }

    public OfferFixtures offers() {
        return offerFixtures;
    }

    public CurrentUser coordinator() {
        return offerFixtures.coordinator();
    }

    public Classification classification(String taxonomy, String code) {
        CatalogTerm term = catalog.term(taxonomy, code).orElseThrow();
        return new Classification(term.id().value(), taxonomy, code);
    }

    public Rich rich(String name) {
        CurrentUser coordinator = coordinator();
        OrganisationId organisation = offerFixtures.organisation(name + " e. V.");
        LocationView location = locations.locationsOf(organisation, coordinator).get(0);
        UUID consenting = organisations.addContact(organisation, coordinator, new ContactDetails("Erika Beispiel",
                "Migrationsberaterin", "Beratung", "03731 123456", "erika.beispiel@example.org", true));
        UUID withheld = organisations.addContact(organisation, coordinator, new ContactDetails("Hans Verborgen",
                "Leitung", null, "03731 654321", "hans.verborgen@example.org", false));
        OfferId id = OfferId.of(UUID.randomUUID());
        UUID site = UUID.nameUUIDFromBytes(("integrationsnetz:offer-site:" + id.value() + ":" + location.id().value())
                .getBytes(StandardCharsets.UTF_8));
        LocalDate start = LocalDate.now().plusDays(7);
        List<ScheduleData> schedules = List.of(
                new ScheduleData(UUID.randomUUID(), site, ScheduleKind.OPENING_HOURS, "FREQ=WEEKLY;BYDAY=TU,TH", start,
                        LocalTime.of(10, 0), LocalTime.of(12, 0), null, null, Attendance.IN_PERSON, "Im Erdgeschoss"),
                new ScheduleData(UUID.randomUUID(), null, ScheduleKind.RECURRING, "FREQ=MONTHLY;BYDAY=1WE", start,
                        LocalTime.of(17, 0), LocalTime.of(19, 0), start, start.plusYears(1), Attendance.ONLINE, null),
                new ScheduleData(UUID.randomUUID(), null, ScheduleKind.SINGLE_DATE, null, start.plusDays(3),
                        LocalTime.of(9, 0), LocalTime.of(15, 0), null, null, Attendance.IN_PERSON, "Infotag"));
        Classification category = classification(TaxonomyCatalog.CATEGORIES, "spracherwerb.integrationskurs");
        OfferContent content = new OfferContent(name, "Ein Integrationskurs mit Kinderbetreuung in Freiberg.", null,
                "Für Zugewanderte ab 16 Jahren", "Anmeldung per Telefon", "In den Ferien geschlossen",
                "https://example.org/kurs", "kurs@example.org", "03731 555000", "https://example.org/online",
                new OfferFlags(true, true, false, true, false, false, true, false), false, 16, 99,
                start.minusDays(7), start.plusYears(1),
                new CourseDetails(CourseLevel.B1, start, start.plusMonths(6), 20, 5, start.minusDays(1)),
                List.of(category, classification(TaxonomyCatalog.TARGET_GROUPS, "gefluechtete"),
                        classification(TaxonomyCatalog.FEATURES, "kinderbetreuung")),
                List.of("de", "ar", "uk"), List.of(OfferFixtures.FREIBERG.value()),
                List.of(new SiteData(location.id().value(), "Raum 3", null, null, null, null, null)),
                List.of(consenting, withheld), schedules);
        offers.register(id, organisation, content, OfferStatus.PUBLISHED, false, Instant.now());
        offers.translate(id, coordinator, TranslatedField.NAME, ContentLanguage.EN, name + " (English)", false);
        offers.translate(id, coordinator, TranslatedField.DESCRIPTION, ContentLanguage.AR, "دورة اندماج", true);
        return new Rich(organisation, id, location.id().value(), site, consenting, withheld, name, category);
    }
}
