package de.integrationsnetz.directory.cooperation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CooperationRepository extends JpaRepository<Cooperation, UUID> {

    List<Cooperation> findByDistrictKey(String districtKey);

    @Query("select count(c) from Cooperation c where c.organisationId = :organisation"
            + " or c.partnerOrganisationId = :organisation")
    long countInvolving(UUID organisation);
}
