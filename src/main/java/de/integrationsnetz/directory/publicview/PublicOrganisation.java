package de.integrationsnetz.directory.publicview;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.organisation.OrganisationType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as the public sees it: its published offers and only the contact persons who agreed to be
 * published.
 */
public record PublicOrganisation(OrganisationId id, String name, OrganisationType type, String districtName,
        @Nullable PublicText description, Address address, @Nullable Coordinates coordinates, @Nullable String phone,
        @Nullable String email, @Nullable String website, List<PublicOffer.Contact> contacts, List<OfferLink> offers) {

    /** A published offer of the organisation. */
    public record OfferLink(OfferId id, PublicText name, List<String> cities) {}
}
