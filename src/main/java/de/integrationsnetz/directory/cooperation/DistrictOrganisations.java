package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the organisations of a district for cooperations and the network (read only; organisations are changed only
 * through slice 1's OrganisationManagement). Unlike the organisation list, this is not limited to the user's
 * organisation scope: the callers check the network scope themselves.
 */
@Component
@Transactional(readOnly = true)
class DistrictOrganisations {

    private final EntityManager entityManager;

    DistrictOrganisations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every organisation of the district, by id, in name order. */
    Map<OrganisationId, NetworkOrganisation> of(DistrictKey district) {
        Map<OrganisationId, NetworkOrganisation> result = new LinkedHashMap<>();
        entityManager.createQuery("select distinct o from Organisation o left join fetch o.servedMunicipalities"
                        + " where o.districtKey = :district", Organisation.class)
                .setParameter("district", district.value())
                .getResultList().stream()
                .map(DistrictOrganisations::summary)
                .sorted(java.util.Comparator.comparing(NetworkOrganisation::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(organisation -> result.put(organisation.id(), organisation));
        return result;
    }

    /** One organisation, in whatever district. */
    Optional<NetworkOrganisation> find(OrganisationId id) {
        return Optional.ofNullable(entityManager.find(Organisation.class, id.value())).map(DistrictOrganisations::summary);
    }

    private static NetworkOrganisation summary(Organisation organisation) {
        return new NetworkOrganisation(organisation.id(), organisation.district(), organisation.name(),
                organisation.type(), organisation.status(), organisation.seatMunicipality().orElse(null),
                java.util.Set.copyOf(organisation.servedMunicipalities()), organisation.coordinates().orElse(null));
    }
}
