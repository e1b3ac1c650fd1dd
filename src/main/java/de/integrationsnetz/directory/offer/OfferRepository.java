package de.integrationsnetz.directory.offer;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OfferRepository extends JpaRepository<Offer, UUID>, JpaSpecificationExecutor<Offer> {

    long countByOrganisationId(UUID organisationId);

    long countByDistrictKeyAndStatus(String districtKey, OfferStatus status);

    List<Offer> findByOrganisationIdOrderByNameKey(UUID organisationId);
}
