package de.integrationsnetz.directory.demo;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.organisation.ContactDetails;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the demo organisations of Mittelsachsen (14522) and Sächsische Schweiz-Osterzgebirge (14628) from
 * {@code directory/demo/organisations.json}, each once (marked as demo, audited as the system). Ids are fixed
 * ({@link DirectoryDemoIds}); the first organisation of 14522 is the demo provider's. Runs after the demo accounts.
 */
@Component
@ConditionalOnBooleanProperty("app.demo.enabled")
@Order(30)
class DirectoryDemoData implements ApplicationRunner {

    static final String ORGANISATIONS = "directory/demo/organisations.json";

    private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

    private final OrganisationManagement organisations;
    private final LocationManagement locations;

    DirectoryDemoData(OrganisationManagement organisations, LocationManagement locations) {
        this.organisations = organisations;
        this.locations = locations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoOrganisation demo : read()) {
            DistrictKey district = DistrictKey.of(demo.district());
            OrganisationId id = DirectoryDemoIds.organisation(district, demo.n());
            if (organisations.exists(id)) {
                continue;
            }
            organisations.register(id, district, demo.details(), null, true);
            List<DemoContact> contacts = demo.contacts() == null ? List.of() : demo.contacts();
            for (int m = 0; m < contacts.size(); m++) {
                organisations.registerContact(id, DirectoryDemoIds.contact(district, demo.n(), m + 1),
                        contacts.get(m).details());
            }
            List<DemoLocation> places = demo.locations() == null ? List.of() : demo.locations();
            OrganisationRef owner = new OrganisationRef(id, district, demo.name(), true);
            for (int m = 0; m < places.size(); m++) {
                LocationId locationId = DirectoryDemoIds.location(district, demo.n(), m + 1);
                locations.register(locationId, owner, places.get(m).details(), null, true);
            }
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo organisations", created);
        }
    }

    static List<DemoOrganisation> read() {
        try (InputStream in = new ClassPathResource(ORGANISATIONS).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<DemoOrganisation>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ORGANISATIONS, e);
        }
    }

    /** One organisation of the demo file; {@code n} numbers it within its district (see {@link DirectoryDemoIds}). */
    record DemoOrganisation(String district, int n, String name, String type, @Nullable String description,
            @Nullable String street, @Nullable String postalCode, @Nullable String city, @Nullable String seat,
            @Nullable List<String> served, @Nullable String phone, @Nullable String email, @Nullable String website,
            @Nullable List<DemoContact> contacts, @Nullable List<DemoLocation> locations) {

        OrganisationDetails details() {
            Set<MunicipalityKey> servedKeys = served == null ? Set.of()
                    : served.stream().map(MunicipalityKey::of).collect(Collectors.toSet());
            return new OrganisationDetails(name, OrganisationType.valueOf(type), description,
                    new Address(street, null, postalCode, city), phone, email, website, email,
                    seat == null ? null : MunicipalityKey.of(seat), servedKeys, OrganisationStatus.ACTIVE);
        }
    }

    record DemoContact(String name, @Nullable String function, @Nullable String department, @Nullable String phone,
            @Nullable String email, @Nullable Boolean consent) {

        ContactDetails details() {
            return new ContactDetails(name, function, department, phone, email, Boolean.TRUE.equals(consent));
        }
    }

    record DemoLocation(String type, String name, @Nullable String street, @Nullable String postalCode,
            @Nullable String city, @Nullable String municipality, @Nullable String url,
            @Nullable String transportation, @Nullable String accessibility, @Nullable Boolean barrierFree) {

        LocationDetails details() {
            return new LocationDetails(LocationType.valueOf(type), name, null,
                    new Address(street, null, postalCode, city),
                    municipality == null ? null : MunicipalityKey.of(municipality), url, transportation,
                    accessibility, Boolean.TRUE.equals(barrierFree));
        }
    }
}
