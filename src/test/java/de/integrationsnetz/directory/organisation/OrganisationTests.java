package de.integrationsnetz.directory.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrganisationTests {

    static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");
    static final MunicipalityKey FREIBERG = MunicipalityKey.of("14522180");
    static final MunicipalityKey ROSSAU = MunicipalityKey.of("14522500");
    static final MunicipalityKey PIRNA = MunicipalityKey.of("14628270");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static OrganisationDetails details(String name, Set<MunicipalityKey> served) {
        return new OrganisationDetails(name, OrganisationType.ASSOCIATION, "Beschreibung",
                new Address("Bahnhofstraße 1", null, "09599", "Freiberg"), "03731 555-1", "info@example.org",
                "https://example.org", null, FREIBERG, served, OrganisationStatus.ACTIVE);
    }

    static Organisation organisation() {
        return new Organisation(OrganisationId.random(), MITTELSACHSEN, details("Sprachcafé Freiberg", Set.of(FREIBERG)),
                NOW, false);
    }

    @Nested
    class Invariants {

        @Test
        void keepsNameTypeAddressAndServedMunicipalities() {
            Organisation organisation = organisation();

            assertThat(organisation.name()).isEqualTo("Sprachcafé Freiberg");
            assertThat(organisation.owningDistrict()).isEqualTo(MITTELSACHSEN);
            assertThat(organisation.servedMunicipalities()).containsExactly(FREIBERG);
            assertThat(organisation.seatMunicipality()).contains(FREIBERG);
            assertThat(organisation.address().singleLine()).isEqualTo("Bahnhofstraße 1, 09599 Freiberg");
            assertThat(organisation.status()).isEqualTo(OrganisationStatus.ACTIVE);
            assertThat(organisation.createdAt()).isEqualTo(NOW);
        }

        @Test
        void requiresAName() {
            assertThatThrownBy(() -> new Organisation(OrganisationId.random(), MITTELSACHSEN, details("  ", Set.of()),
                    NOW, false))
                    .isInstanceOfSatisfying(DirectoryRuleViolation.class, violation -> {
                        assertThat(violation.field()).isEqualTo("name");
                        assertThat(violation.messageKey()).isEqualTo("directory.validation.required");
                    });
        }

        @Test
        void rejectsAServedMunicipalityOutsideItsDistrict() {
            assertThatThrownBy(() -> new Organisation(OrganisationId.random(), MITTELSACHSEN,
                    details("Verein", Set.of(FREIBERG, PIRNA)), NOW, false))
                    .isInstanceOfSatisfying(DirectoryRuleViolation.class, violation -> {
                        assertThat(violation.field()).isEqualTo("servedMunicipalities");
                        assertThat(violation.messageKey()).isEqualTo("directory.validation.municipality.other-district");
                    });
        }

        @Test
        void rejectsASeatOutsideItsDistrict() {
            OrganisationDetails seatInPirna = details("Verein", Set.of()).withSeatMunicipality(PIRNA);

            assertThatThrownBy(() -> organisation().change(seatInPirna, NOW))
                    .isInstanceOfSatisfying(DirectoryRuleViolation.class,
                            violation -> assertThat(violation.field()).isEqualTo("seatMunicipality"));
        }

        @Test
        void rejectsAWebsiteWithoutHttpAndAMalformedEmail() {
            OrganisationDetails badWebsite = new OrganisationDetails("Verein", OrganisationType.ASSOCIATION, null,
                    Address.NONE, null, null, "www.example.org", null, null, Set.of(), null);
            OrganisationDetails badEmail = new OrganisationDetails("Verein", OrganisationType.ASSOCIATION, null,
                    Address.NONE, null, "kein-at-zeichen", null, null, null, Set.of(), null);

            assertThatThrownBy(() -> organisation().change(badWebsite, NOW))
                    .isInstanceOfSatisfying(DirectoryRuleViolation.class,
                            violation -> assertThat(violation.field()).isEqualTo("website"));
            assertThatThrownBy(() -> organisation().change(badEmail, NOW))
                    .isInstanceOfSatisfying(DirectoryRuleViolation.class,
                            violation -> assertThat(violation.field()).isEqualTo("email"));
        }

        @Test
        void setsCoordinatesOnlyTogetherWithTheirSource() {
            Organisation organisation = organisation();

            organisation.placeAt(new Coordinates(50.91, 13.34), CoordinateSource.MAP);

            assertThat(organisation.coordinates()).contains(new Coordinates(50.91, 13.34));
            assertThat(organisation.coordinateSource()).isEqualTo(CoordinateSource.MAP);
            assertThatThrownBy(() -> organisation.placeAt(new Coordinates(50.91, 13.34), null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Coordinates(91, 13)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Coordinates(50, 181)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void foldsNameAndAddressForTheDuplicateCheck() {
            Organisation first = organisation();
            Organisation second = new Organisation(OrganisationId.random(), MITTELSACHSEN,
                    new OrganisationDetails("SPRACHCAFE  freiberg", OrganisationType.ASSOCIATION, null,
                            new Address("Bahnhofstr. 1", null, "09599", "Freiberg"), null, null, null, null, null,
                            Set.of(), null),
                    NOW, false);

            assertThat(second.nameKey()).isEqualTo(first.nameKey());
            assertThat(second.addressKey()).isEqualTo(first.addressKey());
        }

        @Test
        void replacesServedMunicipalitiesOnChange() {
            Organisation organisation = organisation();

            organisation.change(details("Sprachcafé Freiberg", Set.of(ROSSAU)), NOW.plusSeconds(60));

            assertThat(organisation.servedMunicipalities()).containsExactly(ROSSAU);
            assertThat(organisation.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        }
    }

    @Nested
    class ContactPersons {

        @Test
        void publishesOnlyContactsWhoConsented() {
            Organisation organisation = organisation();
            UUID consenting = UUID.randomUUID();
            UUID internal = UUID.randomUUID();

            organisation.addContact(consenting,
                    new ContactDetails("Anna Beispiel", "Beraterin", null, "0123 45", "anna@example.org", true), NOW);
            organisation.addContact(internal, new ContactDetails("Ben Beispiel", null, null, null, null, false), NOW);

            assertThat(organisation.contacts()).hasSize(2);
            assertThat(organisation.publicContacts()).extracting(ContactPerson::id).containsExactly(consenting);
        }

        @Test
        void recordsWhenConsentWasGivenAndForgetsItWhenWithdrawn() {
            Organisation organisation = organisation();
            UUID id = UUID.randomUUID();
            organisation.addContact(id, new ContactDetails("Anna Beispiel", null, null, null, null, false), NOW);
            assertThat(organisation.contact(id).orElseThrow().consentRecordedAt()).isNull();

            Instant given = NOW.plusSeconds(3600);
            organisation.changeContact(id, new ContactDetails("Anna Beispiel", null, null, null, null, true), given);
            organisation.changeContact(id, new ContactDetails("Anna Beispiel", "Leitung", null, null, null, true),
                    given.plusSeconds(60));
            assertThat(organisation.contact(id).orElseThrow().consentRecordedAt()).isEqualTo(given);

            organisation.changeContact(id, new ContactDetails("Anna Beispiel", null, null, null, null, false),
                    given.plusSeconds(120));
            assertThat(organisation.contact(id).orElseThrow().consentRecordedAt()).isNull();
            assertThat(organisation.publicContacts()).isEmpty();
        }

        @Test
        void requiresANameAndAValidEmail() {
            Organisation organisation = organisation();

            assertThatThrownBy(() -> organisation.addContact(UUID.randomUUID(),
                    new ContactDetails(" ", null, null, null, null, false), NOW))
                    .isInstanceOf(DirectoryRuleViolation.class);
            assertThatThrownBy(() -> organisation.addContact(UUID.randomUUID(),
                    new ContactDetails("Anna", null, null, null, "anna(at)example.org", false), NOW))
                    .isInstanceOfSatisfying(DirectoryRuleViolation.class,
                            violation -> assertThat(violation.field()).isEqualTo("email"));
        }

        @Test
        void removesAContactWithItsData() {
            Organisation organisation = organisation();
            UUID id = UUID.randomUUID();
            organisation.addContact(id, new ContactDetails("Anna Beispiel", null, null, null, null, true), NOW);

            organisation.removeContact(id);

            assertThat(organisation.contact(id)).isEmpty();
            assertThat(organisation.contacts()).isEmpty();
        }

        @Test
        void belongsToTheDistrictOfItsOrganisation() {
            Organisation organisation = organisation();
            ContactPerson contact = organisation.addContact(UUID.randomUUID(),
                    new ContactDetails("Anna Beispiel", null, null, null, null, false), NOW);

            assertThat(contact.owningDistrict()).isEqualTo(MITTELSACHSEN);
        }
    }
}
