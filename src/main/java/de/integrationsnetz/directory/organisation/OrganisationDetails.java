package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything about an organisation that a user edits, as one command. Blank texts become {@code null}.
 *
 * @param description German description (the source of its translations)
 * @param seatMunicipality the municipality of the organisation's seat; when {@code null}, it is taken from the postal
 *     code if that belongs to exactly one municipality of the district
 * @param servedMunicipalities municipalities of the district the organisation works for
 * @param maintainerEmail where requests to confirm the organisation's offers go (slice 8); optional
 */
public record OrganisationDetails(String name, OrganisationType type, @Nullable String description, Address address,
        @Nullable String phone, @Nullable String email, @Nullable String website, @Nullable String maintainerEmail,
        @Nullable MunicipalityKey seatMunicipality, Set<MunicipalityKey> servedMunicipalities,
        OrganisationStatus status) {

    public OrganisationDetails {
        name = name == null ? "" : name.strip();
        description = blankToNull(description);
        address = address == null ? Address.NONE : address;
        phone = blankToNull(phone);
        email = blankToNull(email);
        website = blankToNull(website);
        maintainerEmail = blankToNull(maintainerEmail);
        servedMunicipalities = servedMunicipalities == null ? Set.of() : Set.copyOf(servedMunicipalities);
        status = status == null ? OrganisationStatus.ACTIVE : status;
    }

    public OrganisationDetails withSeatMunicipality(@Nullable MunicipalityKey seat) {
        return new OrganisationDetails(name, type, description, address, phone, email, website, maintainerEmail, seat,
                servedMunicipalities, status);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
