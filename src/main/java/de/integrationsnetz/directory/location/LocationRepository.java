package de.integrationsnetz.directory.location;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocationRepository extends JpaRepository<Location, UUID> {

    List<Location> findByOrganisationIdOrderByName(UUID organisationId);

    long countByOrganisationId(UUID organisationId);
}
