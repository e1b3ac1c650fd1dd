package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A role an account holds, persisted with its scope. */
@Embeddable
public class Membership {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "district_key")
    private @Nullable String districtKey;

    @Column(name = "municipality_key")
    private @Nullable String municipalityKey;

    @Column(name = "organisation_id")
    private @Nullable UUID organisationId;

    protected Membership() {}

    Membership(RoleGrant grant) {
        this.role = grant.role();
        this.districtKey = grant.district() == null ? null : grant.district().value();
        this.municipalityKey = grant.municipality() == null ? null : grant.municipality().value();
        this.organisationId = grant.organisation();
    }

    boolean isIn(DistrictKey district) {
        return district.value().equals(districtKey);
    }

    RoleGrant toGrant() {
        return new RoleGrant(role,
                districtKey == null ? null : DistrictKey.of(districtKey),
                municipalityKey == null ? null : MunicipalityKey.of(municipalityKey),
                organisationId);
    }
}
