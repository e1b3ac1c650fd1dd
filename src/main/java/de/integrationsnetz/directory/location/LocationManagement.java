package de.integrationsnetz.directory.location;

import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.common.PostalCodePlaces;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.identity.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes an organisation's locations within the user's scope (the organisation's scope decides). The
 * coordinates come from the postal code unless a user set them; the municipality from the postal code when it
 * belongs to exactly one.
 */
@Service
@Transactional
public class LocationManagement {

    private final LocationRepository locations;
    private final OrganisationManagement organisations;
    private final PostalCodePlaces places;
    private final GeographyQueries geography;
    private final EntityManager entityManager;
    private final Clock clock;
    private final List<LocationDependents> dependents;
    private final ApplicationEventPublisher events;

    LocationManagement(LocationRepository locations, OrganisationManagement organisations, PostalCodePlaces places,
            GeographyQueries geography, EntityManager entityManager, Clock clock, List<LocationDependents> dependents,
            ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.dependents = dependents;
        this.events = events;
        this.locations = locations;
        this.organisations = organisations;
        this.places = places;
        this.geography = geography;
        this.clock = clock;
    }

    /** The organisation's locations, sorted by name. */
    @Transactional(readOnly = true)
    public List<LocationView> locationsOf(OrganisationId organisation, CurrentUser user) {
        organisations.require(organisation, user, Intent.READ);
        return locations.findByOrganisationIdOrderByName(organisation.value()).stream().map(LocationView::of).toList();
    }

    @Transactional(readOnly = true)
    public LocationView get(OrganisationId organisation, LocationId id, CurrentUser user) {
        organisations.require(organisation, user, Intent.READ);
        return LocationView.of(find(organisation, id));
    }

    /**
     * Adds a location to an organisation.
     *
     * @param coordinates set by the user; {@code null} to take them from the postal code
     */
    public LocationId add(OrganisationId organisation, CurrentUser user, LocationDetails details,
            @Nullable Coordinates coordinates) {
        OrganisationRef owner = organisations.require(organisation, user, Intent.EDIT);
        return create(LocationId.random(), owner, details, coordinates, false);
    }

    /**
     * Changes a location.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed it in the meantime
     */
    public void change(OrganisationId organisation, LocationId id, CurrentUser user, long expectedVersion,
            LocationDetails details, @Nullable Coordinates coordinates) {
        organisations.require(organisation, user, Intent.EDIT);
        Location location = find(organisation, id);
        if (location.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Location.class, id);
        }
        location.change(withMunicipality(details), clock.instant());
        place(location, coordinates);
        events.publishEvent(new LocationMoved(id));
    }

    /**
     * Deletes a location that nothing refers to.
     *
     * @throws DirectoryRuleViolation when offers take place there (they must be moved or archived first)
     */
    public void remove(OrganisationId organisation, LocationId id, CurrentUser user) {
        organisations.require(organisation, user, Intent.EDIT);
        Location location = find(organisation, id);
        long uses = dependents.stream().mapToLong(dependent -> dependent.countFor(id)).sum();
        if (uses > 0) {
            throw new DirectoryRuleViolation("location", "directory.location.in-use",
                    "Location " + id + " is used by " + uses + " offers");
        }
        locations.delete(location);
    }

    /** Adds a location with a given id, without a user's scope: for demo data and imports. */
    public LocationId register(LocationId id, OrganisationRef owner, LocationDetails details,
            @Nullable Coordinates coordinates, boolean demo) {
        return create(id, owner, details, coordinates, demo);
    }

    @Transactional(readOnly = true)
    public boolean exists(LocationId id) {
        return locations.existsById(id.value());
    }

    private LocationId create(LocationId id, OrganisationRef owner, LocationDetails details,
            @Nullable Coordinates coordinates, boolean demo) {
        Location location = new Location(id, owner.id(), owner.district(), withMunicipality(details), clock.instant(),
                demo);
        place(location, coordinates);
        // persist, not save: the id is assigned, so save would merge (an extra select first).
        entityManager.persist(location);
        return location.id();
    }

    private Location find(OrganisationId organisation, LocationId id) {
        return locations.findById(id.value())
                .filter(location -> location.organisation().equals(organisation))
                .orElseThrow(() -> new NotInScope(id));
    }

    private LocationDetails withMunicipality(LocationDetails details) {
        if (details.municipality() != null) {
            if (geography.municipality(details.municipality()).isEmpty()) {
                throw new DirectoryRuleViolation("municipality", "directory.validation.municipality.unknown",
                        "Unknown municipality " + details.municipality());
            }
            return details;
        }
        if (details.type() == LocationType.VIRTUAL) {
            return details;
        }
        return places.find(details.address().postalCode(), details.address().city())
                .flatMap(PostalCodePlaces.Place::onlyMunicipality)
                .map(details::withMunicipality)
                .orElse(details);
    }

    private void place(Location location, @Nullable Coordinates coordinates) {
        if (location.type() == LocationType.VIRTUAL) {
            location.placeAt(null, null);
        } else if (coordinates != null) {
            location.placeAt(coordinates, CoordinateSource.MAP);
        } else {
            places.find(location.address().postalCode(), location.address().city())
                    .ifPresentOrElse(place -> location.placeAt(place.coordinates(), CoordinateSource.POSTAL_CODE),
                            () -> location.placeAt(null, null));
        }
    }
}
