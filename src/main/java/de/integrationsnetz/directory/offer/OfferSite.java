package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where an offer takes place: a location of its organisation (HSDS {@code service_at_location}; the id is stable
 * across edits). Holds a snapshot of the location's coordinates, municipality, postal code and city for the search
 * index; {@link Offer#relocateSite} refreshes it when the location moves. Part of the {@link Offer} aggregate.
 */
@Entity
@Table(name = "offer_sites", schema = "directory")
public class OfferSite implements DistrictScoped {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private Offer offer;

    @Column(name = "location_id", nullable = false, updatable = false)
    private UUID locationId;

    @Column(columnDefinition = "text")
    private @Nullable String description;

    private @Nullable Double latitude;

    private @Nullable Double longitude;

    @Column(name = "municipality_key", length = 8)
    private @Nullable String municipalityKey;

    @Column(name = "postal_code", length = 10)
    private @Nullable String postalCode;

    @Column(length = 100)
    private @Nullable String city;

    protected OfferSite() {}

    /** The offer's district, so that the audit trail files a site's changes where the offer's own changes are. */
    @Override
    public DistrictKey owningDistrict() {
        return offer.district();
    }

    OfferSite(Offer offer, SiteData data) {
        this.id = idFor(offer.id().value(), data.locationId());
        this.offer = offer;
        this.locationId = data.locationId();
        update(data);
    }

    /** Stable per offer and location, so that HSDS ids survive removing and re-adding a site. */
    static UUID idFor(UUID offer, UUID location) {
        return UUID.nameUUIDFromBytes(("integrationsnetz:offer-site:" + offer + ":" + location)
                .getBytes(StandardCharsets.UTF_8));
    }

    void update(SiteData data) {
        this.description = data.description();
        this.latitude = data.latitude();
        this.longitude = data.longitude();
        this.municipalityKey = data.municipalityKey();
        this.postalCode = data.postalCode();
        this.city = data.city();
    }

    public UUID id() {
        return id;
    }

    public LocationId location() {
        return LocationId.of(locationId);
    }

    public @Nullable String description() {
        return description;
    }

    public Optional<Coordinates> coordinates() {
        return latitude == null || longitude == null ? Optional.empty()
                : Optional.of(new Coordinates(latitude, longitude));
    }

    public @Nullable String municipalityKey() {
        return municipalityKey;
    }

    public @Nullable String postalCode() {
        return postalCode;
    }

    public @Nullable String city() {
        return city;
    }

    public SiteData toData() {
        return new SiteData(locationId, description, latitude, longitude, municipalityKey, postalCode, city);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferSite that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
